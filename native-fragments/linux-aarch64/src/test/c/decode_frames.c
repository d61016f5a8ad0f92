// Decodes codestreams through a native fragment's files, loaded by absolute path as glimpse.codec loads them
// (the OpenJPH shim finds its libopenjph beside it through its $ORIGIN run path), and writes each frame's
// first component as little-endian 16-bit stored values. Built for x86-64 and for arm64 by the build, so that
// the same decode can be compared across platforms byte for byte.
//
//   decode_frames LIBDIR CODEC IN OUT [CODEC IN OUT]...     CODEC: openjph, openjpeg or charls
#include <charls/charls.h>
#include <dlfcn.h>
#include <openjpeg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

// The shim's entry points (bundles/codec/src/main/cpp/glimpse_openjph.cpp), checked against its ABI number.
#define SHIM_ABI 2
typedef int (*ojph_abi_fn)(void);
typedef int (*ojph_decode_fn)(const uint8_t*, size_t, int, int, void*, size_t, int, int32_t*, int32_t*,
        int32_t*, char*, size_t);

#define BIND(lib, fn) __typeof__(fn)* p_##fn = (__typeof__(fn)*) symbol(lib, #fn)

static void die(const char* what, const char* detail) {
    fprintf(stderr, "decode_frames: %s: %s\n", what, detail);
    exit(1);
}

static void* open_library(const char* dir, const char* file) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    void* lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL) {
        die(path, dlerror());
    }
    return lib;
}

static void* symbol(void* lib, const char* name) {
    void* s = dlsym(lib, name);
    if (s == NULL) {
        die(name, dlerror());
    }
    return s;
}

static uint8_t* read_file(const char* path, size_t* size) {
    FILE* f = fopen(path, "rb");
    if (f == NULL || fseek(f, 0, SEEK_END) != 0) {
        die(path, "cannot open");
    }
    *size = (size_t) ftell(f);
    rewind(f);
    uint8_t* data = malloc(*size);
    if (data == NULL || fread(data, 1, *size, f) != *size) {
        die(path, "cannot read");
    }
    fclose(f);
    return data;
}

static void write_file(const char* path, const void* data, size_t size) {
    FILE* f = fopen(path, "wb");
    if (f == NULL || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
        die(path, "cannot write");
    }
}

static int16_t* decode_openjph(const char* dir, const uint8_t* data, size_t size, int32_t* w, int32_t* h) {
    void* lib = open_library(dir, "libglimpse_openjph.so");
    int abi = ((ojph_abi_fn) symbol(lib, "glimpse_ojph_abi"))();
    if (abi != SHIM_ABI) {
        die("libglimpse_openjph.so", "shim ABI differs from this program's");
    }
    ojph_decode_fn decode = (ojph_decode_fn) symbol(lib, "glimpse_ojph_decode");
    size_t capacity = 16u * 1024 * 1024;
    int16_t* out = malloc(capacity * 2);
    int32_t n = 0;
    char err[512] = "";
    if (out == NULL || decode(data, size, 0, 0, out, capacity, 2, w, h, &n, err, sizeof err) != 0) {
        die("OpenJPH", err);
    }
    return out;
}

static int16_t* decode_openjpeg(const char* dir, const char* in, int32_t* w, int32_t* h) {
    void* lib = open_library(dir, "libopenjp2.so.7");
    BIND(lib, opj_create_decompress);
    BIND(lib, opj_set_default_decoder_parameters);
    BIND(lib, opj_setup_decoder);
    BIND(lib, opj_stream_create_default_file_stream);
    BIND(lib, opj_read_header);
    BIND(lib, opj_decode);
    BIND(lib, opj_end_decompress);
    BIND(lib, opj_image_destroy);
    BIND(lib, opj_stream_destroy);
    BIND(lib, opj_destroy_codec);
    opj_codec_t* codec = p_opj_create_decompress(OPJ_CODEC_J2K);
    opj_dparameters_t params;
    p_opj_set_default_decoder_parameters(&params);
    opj_stream_t* stream = p_opj_stream_create_default_file_stream(in, OPJ_TRUE);
    opj_image_t* image = NULL;
    if (!p_opj_setup_decoder(codec, &params) || !p_opj_read_header(stream, codec, &image)
            || !p_opj_decode(codec, stream, image) || !p_opj_end_decompress(codec, stream)) {
        die("OpenJPEG", in);
    }
    *w = (int32_t) image->comps[0].w;
    *h = (int32_t) image->comps[0].h;
    size_t count = (size_t) *w * *h;
    int16_t* out = malloc(count * 2);
    for (size_t i = 0; i < count; i++) {
        out[i] = (int16_t) image->comps[0].data[i];
    }
    p_opj_image_destroy(image);
    p_opj_stream_destroy(stream);
    p_opj_destroy_codec(codec);
    return out;
}

static int16_t* decode_charls(const char* dir, const uint8_t* data, size_t size, int32_t* w, int32_t* h) {
    void* lib = open_library(dir, "libcharls.so.2");
    BIND(lib, charls_jpegls_decoder_create);
    BIND(lib, charls_jpegls_decoder_set_source_buffer);
    BIND(lib, charls_jpegls_decoder_read_header);
    BIND(lib, charls_jpegls_decoder_get_frame_info);
    BIND(lib, charls_jpegls_decoder_get_destination_size);
    BIND(lib, charls_jpegls_decoder_decode_to_buffer);
    BIND(lib, charls_jpegls_decoder_destroy);
    charls_jpegls_decoder* d = p_charls_jpegls_decoder_create();
    charls_frame_info info;
    size_t bytes = 0;
    if (p_charls_jpegls_decoder_set_source_buffer(d, data, size) || p_charls_jpegls_decoder_read_header(d)
            || p_charls_jpegls_decoder_get_frame_info(d, &info)
            || p_charls_jpegls_decoder_get_destination_size(d, 0, &bytes) || info.component_count != 1
            || info.bits_per_sample <= 8) {
        die("CharLS", "header");
    }
    int16_t* out = malloc(bytes);
    if (out == NULL || p_charls_jpegls_decoder_decode_to_buffer(d, out, bytes, 0)) {
        die("CharLS", "decode");
    }
    p_charls_jpegls_decoder_destroy(d);
    *w = (int32_t) info.width;
    *h = (int32_t) info.height;
    return out;
}

int main(int argc, char** argv) {
    if (argc < 5 || (argc - 2) % 3 != 0) {
        die("usage", "decode_frames LIBDIR CODEC IN OUT [CODEC IN OUT]...");
    }
    for (int a = 2; a < argc; a += 3) {
        const char* codec = argv[a];
        size_t size;
        uint8_t* data = read_file(argv[a + 1], &size);
        int32_t w = 0, h = 0;
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        int16_t* out = strcmp(codec, "openjph") == 0 ? decode_openjph(argv[1], data, size, &w, &h)
                : strcmp(codec, "openjpeg") == 0 ? decode_openjpeg(argv[1], argv[a + 1], &w, &h)
                : strcmp(codec, "charls") == 0 ? decode_charls(argv[1], data, size, &w, &h)
                : (die("unknown codec", codec), NULL);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        // stored values, little-endian (both platforms are)
        write_file(argv[a + 2], out, (size_t) w * h * 2);
        const char* slash = strrchr(argv[a + 1], '/');
        printf("%s %s: %dx%d, %zu bytes in, %.0f ms\n", codec, slash ? slash + 1 : argv[a + 1], w, h, size,
                (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6);
        free(out);
        free(data);
    }
    return 0;
}
