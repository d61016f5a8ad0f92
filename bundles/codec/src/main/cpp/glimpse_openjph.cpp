// C entry points over OpenJPH's C++ decoder, for JNA. No exception may cross into the caller: OpenJPH
// reports errors by throwing (after calling the error handler), so every entry point catches everything.
#include <cstdarg>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <stdexcept>
#include <openjph/ojph_arch.h>
#include <openjph/ojph_codestream.h>
#include <openjph/ojph_file.h>
#include <openjph/ojph_mem.h>
#include <openjph/ojph_message.h>
#include <openjph/ojph_params.h>
#include <openjph/ojph_version.h>

namespace {

thread_local char last_error[512];

// OpenJPH 0.9 prints errors to stderr and throws a bare runtime_error: keep the text for the caller.
class error_to_text : public ojph::message_error {
public:
    void operator()(int code, const char* file, int line, const char* fmt, ...) override {
        char text[400];
        va_list args;
        va_start(args, fmt);
        vsnprintf(text, sizeof text, fmt, args);
        va_end(args);
        snprintf(last_error, sizeof last_error, "OpenJPH error 0x%08X: %s", code, text);
        throw std::runtime_error(last_error);
    }
};

class quiet_warning : public ojph::message_warning {
public:
    void operator()(int, const char*, int, const char*, ...) override {}
};

class quiet_info : public ojph::message_info {
public:
    void operator()(int, const char*, int, const char*, ...) override {}
};

error_to_text error_handler;
quiet_warning warning_handler;
quiet_info info_handler;

void copy_message(char* err, size_t err_len, const char* text) {
    if (err != nullptr && err_len > 0) {
        snprintf(err, err_len, "%s", text);
    }
}

// One line of values into the output, clamped to [lo, hi]: a loop without branches, which the compiler turns
// into vector code (with AVX2 where the processor has it), since it runs over every value of a frame (it took a
// tenth of a 512² decode as a loop with a test per value).
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define GLIMPSE_VECTOR_LOOP __attribute__((target_clones("avx2", "default"), optimize("tree-vectorize")))
#elif defined(__GNUC__) && !defined(__clang__)
#define GLIMPSE_VECTOR_LOOP __attribute__((optimize("tree-vectorize")))
#else
#define GLIMPSE_VECTOR_LOOP
#endif

GLIMPSE_VECTOR_LOOP
void store_line(const int32_t* __restrict src, int16_t* __restrict dst, uint32_t w, int32_t lo, int32_t hi) {
    for (uint32_t x = 0; x < w; x++) {
        int32_t v = src[x] < lo ? lo : src[x];
        dst[x] = (int16_t) (v > hi ? hi : v);
    }
}

GLIMPSE_VECTOR_LOOP
void store_line(const int32_t* __restrict src, int32_t* __restrict dst, uint32_t w, int32_t lo, int32_t hi) {
    for (uint32_t x = 0; x < w; x++) {
        int32_t v = src[x] < lo ? lo : src[x];
        dst[x] = v > hi ? hi : v;
    }
}

} // namespace

extern "C" {

// Raised whenever an entry point's signature changes: the Java side refuses a shim from another build.
int glimpse_ojph_abi(void) {
    return 2;
}

int glimpse_ojph_version(void) {
    return OPENJPH_VERSION_MAJOR * 10000 + OPENJPH_VERSION_MINOR * 100 + OPENJPH_VERSION_PATCH;
}

// Decodes a codestream (or a prefix, with resilience) discarding skip_res resolution levels. Writes
// component planes, one after the other, into out (capacity in values): int32 values, or int16 when
// bytes_per_value is 2 (stored values of up to 16 bits, written as DICOM keeps them). Returns 0, or -1 with
// a message in err.
int glimpse_ojph_decode(const uint8_t* data, size_t size, int skip_res, int resilient, void* out,
        size_t capacity, int bytes_per_value, int32_t* width, int32_t* height, int32_t* components, char* err,
        size_t err_len) {
    try {
        ojph::configure_error(&error_handler);
        ojph::configure_warning(&warning_handler);
        ojph::configure_info(&info_handler);
        // 0.9.0's get_info()/get_warning() ignore the configured handlers and print to their streams
        static FILE* nowhere = fopen("/dev/null", "w");
        if (nowhere != nullptr) {
            ojph::set_info_stream(nowhere);
            ojph::set_warning_stream(nowhere);
        }
        last_error[0] = 0;
        ojph::mem_infile file;
        file.open(data, size);
        ojph::codestream cs;
        if (resilient) {
            cs.enable_resilience();
        }
        cs.read_headers(&file);
        ojph::param_siz siz = cs.access_siz();
        ojph::ui32 n = siz.get_num_components();
        if (n < 1 || n > 16384) {
            copy_message(err, err_len, "OpenJPH: component count outside [1, 16384]");
            return -1;
        }
        cs.restrict_input_resolution((ojph::ui32) skip_res, (ojph::ui32) skip_res);
        ojph::ui32 w = siz.get_recon_width(0);
        ojph::ui32 h = siz.get_recon_height(0);
        for (ojph::ui32 c = 1; c < n; c++) {
            if (siz.get_recon_width(c) != w || siz.get_recon_height(c) != h) {
                copy_message(err, err_len, "OpenJPH: components differ in size (subsampled), not supported");
                return -1;
            }
        }
        if ((size_t) w * h * n > capacity) {
            snprintf(last_error, sizeof last_error, "OpenJPH: %u x %u x %u values exceed the %zu expected",
                    w, h, n, capacity);
            copy_message(err, err_len, last_error);
            return -1;
        }
        cs.set_planar(false);
        cs.create();
        ojph::ui32 rows_done[16384] = {0};
        size_t lines = (size_t) h * n;
        for (size_t i = 0; i < lines; i++) {
            ojph::ui32 c = 0;
            ojph::line_buf* line = cs.pull(c);
            if (line == nullptr || c >= n || rows_done[c] >= h) {
                copy_message(err, err_len, "OpenJPH: decoder returned lines out of order");
                return -1;
            }
            size_t at = (size_t) c * w * h + (size_t) rows_done[c] * w;
            // OpenJPH hands out the reconstructed values as they are; below full resolution the wavelet's
            // low-pass overshoots the sample range at sharp edges (-41 where 0 is the least value), so unsigned
            // samples are clamped to [0, 2^depth - 1] as OpenJPEG does, or 12-bit values would wrap to 65495.
            // Signed components pass unchanged: Debian's OpenJPH 0.9 returns signed HTJ2K that its own encoder
            // wrote in a range of its own, which the 16-bit store turns into the right values.
            ojph::ui32 depth = siz.get_bit_depth(c);
            if (depth < 1 || depth > 30) {
                copy_message(err, err_len, "OpenJPH: component bit depth outside [1, 30]");
                return -1;
            }
            bool clamp = !siz.is_signed(c);
            int32_t lo = clamp ? 0 : INT32_MIN;
            int32_t hi = clamp ? (int32_t) ((1u << depth) - 1) : INT32_MAX;
            if (bytes_per_value == 2) {
                store_line(line->i32, static_cast<int16_t*>(out) + at, w, lo, hi);
            } else {
                store_line(line->i32, static_cast<int32_t*>(out) + at, w, lo, hi);
            }
            rows_done[c]++;
        }
        cs.close();
        *width = (int32_t) w;
        *height = (int32_t) h;
        *components = (int32_t) n;
        return 0;
    } catch (const std::exception& e) {
        copy_message(err, err_len, last_error[0] ? last_error : e.what());
    } catch (...) {
        copy_message(err, err_len, last_error[0] ? last_error : "OpenJPH: unknown failure");
    }
    return -1;
}

} // extern "C"
