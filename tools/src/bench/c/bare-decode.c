// The bare library, called in process with nothing around it: the benchmark's floor for Glimpse's decode
// paths. Usage: bare-decode <openjph|openjpeg|charls> <file> <length> <complete 0|1> <reduce> <threads> <runs>
// <openjph shim .so>. Prints "median_ms width height". The OpenJPH decode goes through Glimpse's C shim (the
// only C entry point to OpenJPH's C++ API), which writes 16-bit values as the library's line buffers are read.
#include <charls/charls.h>
#include <dlfcn.h>
#include <openjpeg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct { const uint8_t* data; size_t length; size_t pos; } source;

static OPJ_SIZE_T opj_read(void* buffer, OPJ_SIZE_T bytes, void* user) {
    source* s = user;
    if (s->pos >= s->length) return (OPJ_SIZE_T) -1;
    size_t n = bytes < s->length - s->pos ? bytes : s->length - s->pos;
    memcpy(buffer, s->data + s->pos, n);
    s->pos += n;
    return n;
}

static OPJ_OFF_T opj_skip(OPJ_OFF_T bytes, void* user) {
    source* s = user;
    size_t target = s->pos + bytes > s->length ? s->length : s->pos + bytes;
    OPJ_OFF_T skipped = (OPJ_OFF_T) (target - s->pos);
    s->pos = target;
    return skipped;
}

static OPJ_BOOL opj_seek(OPJ_OFF_T at, void* user) {
    source* s = user;
    if (at < 0 || (size_t) at > s->length) return OPJ_FALSE;
    s->pos = (size_t) at;
    return OPJ_TRUE;
}

static void quiet(const char* msg, void* user) { (void) msg; (void) user; }

static int openjpeg(const uint8_t* d, size_t n, int complete, int reduce, int threads, int* w, int* h) {
    source s = {d, n, 0};
    opj_codec_t* codec = opj_create_decompress(OPJ_CODEC_J2K);
    opj_set_error_handler(codec, quiet, NULL);
    opj_set_warning_handler(codec, quiet, NULL);
    opj_set_info_handler(codec, quiet, NULL);
    opj_dparameters_t p;
    opj_set_default_decoder_parameters(&p);
    opj_setup_decoder(codec, &p);
    opj_decoder_set_strict_mode(codec, complete);
    if (threads > 1) opj_codec_set_threads(codec, threads);
    opj_stream_t* stream = opj_stream_create(1 << 16, 1);
    opj_stream_set_user_data(stream, &s, NULL);
    opj_stream_set_user_data_length(stream, n);
    opj_stream_set_read_function(stream, opj_read);
    opj_stream_set_skip_function(stream, opj_skip);
    opj_stream_set_seek_function(stream, opj_seek);
    opj_image_t* image = NULL;
    int ok = opj_read_header(stream, codec, &image);
    if (ok && reduce > 0) ok = opj_set_decoded_resolution_factor(codec, reduce);
    if (ok) ok = opj_decode(codec, stream, image);
    if (ok && complete) opj_end_decompress(codec, stream);
    if (ok) { *w = image->comps[0].w; *h = image->comps[0].h; }
    opj_image_destroy(image);
    opj_stream_destroy(stream);
    opj_destroy_codec(codec);
    return ok ? 0 : -1;
}

static int charls(const uint8_t* d, size_t n, int* w, int* h) {
    charls_jpegls_decoder* dec = charls_jpegls_decoder_create();
    charls_frame_info info;
    size_t size = 0;
    int rc = charls_jpegls_decoder_set_source_buffer(dec, d, n);
    if (!rc) rc = charls_jpegls_decoder_read_header(dec);
    if (!rc) rc = charls_jpegls_decoder_get_frame_info(dec, &info);
    if (!rc) rc = charls_jpegls_decoder_get_destination_size(dec, 0, &size);
    void* out = rc ? NULL : malloc(size);
    if (!rc) rc = charls_jpegls_decoder_decode_to_buffer(dec, out, size, 0);
    if (!rc) { *w = info.width; *h = info.height; }
    free(out);
    charls_jpegls_decoder_destroy(dec);
    return rc ? -1 : 0;
}

typedef int (*ojph_fn)(const uint8_t*, size_t, int, int, void*, size_t, int, int32_t*, int32_t*, int32_t*, char*,
        size_t);

static int cmp(const void* a, const void* b) {
    double x = *(const double*) a, y = *(const double*) b;
    return x < y ? -1 : x > y;
}

int main(int argc, char** argv) {
    if (argc < 9) {
        fprintf(stderr, "usage: bare-decode codec file length complete reduce threads runs shim\n");
        return 2;
    }
    FILE* f = fopen(argv[2], "rb");
    if (!f) { perror(argv[2]); return 1; }
    size_t n = (size_t) atol(argv[3]);
    uint8_t* d = malloc(n);
    if (fread(d, 1, n, f) != n) { fprintf(stderr, "short file %s\n", argv[2]); return 1; }
    fclose(f);
    int complete = atoi(argv[4]), reduce = atoi(argv[5]), threads = atoi(argv[6]), runs = atoi(argv[7]);
    ojph_fn ojph = NULL;
    void* out = NULL;
    size_t capacity = 64u << 20;
    if (!strcmp(argv[1], "openjph")) {
        void* lib = dlopen(argv[8], RTLD_NOW);
        if (!lib) { fprintf(stderr, "%s\n", dlerror()); return 1; }
        ojph = (ojph_fn) dlsym(lib, "glimpse_ojph_decode");
        out = malloc(capacity * 2);
    }
    double* ms = calloc(runs + 1, sizeof(double));
    int w = 0, h = 0;
    char err[512];
    for (int i = 0; i <= runs; i++) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        int rc;
        if (ojph) {
            int32_t ww, hh, cc;
            rc = ojph(d, n, reduce, !complete, out, capacity, 2, &ww, &hh, &cc, err, sizeof err);
            w = ww; h = hh;
        } else if (!strcmp(argv[1], "openjpeg")) {
            rc = openjpeg(d, n, complete, reduce, threads, &w, &h);
        } else {
            rc = charls(d, n, &w, &h);
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        if (rc) { fprintf(stderr, "%s failed on %s\n", argv[1], argv[2]); return 1; }
        ms[i] = (t1.tv_sec - t0.tv_sec) * 1e3 + (t1.tv_nsec - t0.tv_nsec) / 1e6;
    }
    qsort(ms + 1, runs, sizeof(double), cmp);
    printf("%.3f %d %d\n", ms[1 + runs / 2], w, h);
    return 0;
}
