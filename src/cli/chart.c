/*
** chart.c — one of the briefing's charts, which dyad draws as SVG, as a
** PNG image for e-mail: most mail programs show no SVG, inline or
** attached. librsvg (Debian librsvg2-dev) draws it with cairo. The SVG is
** dyad's own and refers to nothing outside itself; librsvg is given no
** base address, so that it could not load a file if it did.
**
** librsvg is opened when the first chart is drawn, not linked: it brings
** cairo, Pango, GLib, HarfBuzz, ICU and X11's libraries, some sixty shared
** objects whose relocations cost every run of dyad about 29 M
** instructions (several milliseconds) at start, and most runs draw no
** chart. Its headers still give the functions' types.
*/
#include "cli/mail.h"

#include <dlfcn.h>
#include <librsvg/rsvg.h>
#include <stdio.h>

/* Debian's librsvg2-2 (librsvg2-dev installs it too). */
#define RSVG_SONAME "librsvg-2.so.2"

/* The functions chart_png calls, found in librsvg and the libraries it
** brings (dlsym on its handle searches them too). */
#define RSVG_FUNCS(X)                                                                  \
    X(rsvg_handle_new_from_data) X(rsvg_handle_get_intrinsic_size_in_pixels)          \
    X(rsvg_handle_render_document) X(g_error_free) X(g_object_unref)                 \
    X(cairo_image_surface_create) X(cairo_create) X(cairo_set_source_rgb)            \
    X(cairo_paint) X(cairo_scale) X(cairo_destroy) X(cairo_surface_write_to_png_stream) \
    X(cairo_surface_destroy) X(cairo_status_to_string)

static struct {
#define RSVG_FIELD(f) __typeof__(f) *f;
    RSVG_FUNCS(RSVG_FIELD)
#undef RSVG_FIELD
} lib;

/* Opens librsvg once (the briefing's e-mail draws its charts on one
** thread) and finds the functions in it. Returns 0, or -1 with why set
** when it is missing. */
static int open_rsvg(char *why, size_t whysize)
{
    /* unsynchronised: safe only because charts are drawn on one thread */
    static int state;   /* 0: not tried; 1: ready; -1: failed, as failed says */
    static char failed[256];
    if (state == 0) {
        void *h = dlopen(RSVG_SONAME, RTLD_NOW | RTLD_LOCAL);
        state = h ? 1 : -1;
        if (!h)
            snprintf(failed, sizeof failed, "%s", dlerror());
#define RSVG_FIND(f)                                                                   \
        if (state == 1 && !(lib.f = (__typeof__(lib.f))dlsym(h, #f))) {                 \
            state = -1;                                                                \
            snprintf(failed, sizeof failed, "%s has no %s", RSVG_SONAME, #f);          \
        }
        RSVG_FUNCS(RSVG_FIND)
#undef RSVG_FIND
    }
    if (state < 0) {
        snprintf(why, whysize, "cannot load librsvg to draw the charts (%s); install "
                               "Debian's librsvg2-2", failed);
        return -1;
    }
    return 0;
}

/* The sanitizer build (make test): fontconfig, under librsvg, reads the
** font list once and keeps it to the end of the process, which
** LeakSanitizer would report as a leak on every run that draws a chart.
** These are LeakSanitizer's documented hooks for a program's defaults;
** they name fontconfig alone, so that dyad's own leaks are still found. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CHART_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define CHART_ASAN 1
#endif
#ifdef CHART_ASAN
const char *__lsan_default_suppressions(void);
const char *__lsan_default_options(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:libfontconfig.so\n";
}
const char *__lsan_default_options(void)
{
    return "print_suppressions=0";
}
#endif

/* cairo's PNG writer hands the bytes over in pieces. */
static cairo_status_t append(void *ctx, const unsigned char *data, unsigned int n)
{
    strbuf *png = ctx;
    sb_append(png, (const char *)data, n);
    return png->oom ? CAIRO_STATUS_NO_MEMORY : CAIRO_STATUS_SUCCESS;
}

int chart_png(const char *svg, size_t n, double scale, strbuf *png, int *w, int *h,
              char *why, size_t whysize)
{
    if (open_rsvg(why, whysize) < 0)
        return -1;
    GError *err = NULL;
    RsvgHandle *doc = lib.rsvg_handle_new_from_data((const guint8 *)svg, n, &err);
    double cw = 0, ch = 0;
    if (doc && !lib.rsvg_handle_get_intrinsic_size_in_pixels(doc, &cw, &ch))
        cw = ch = 0;   /* no width and height: not one of dyad's charts */
    if (!doc || cw < 1 || ch < 1 || cw > 4000 || ch > 4000) {
        snprintf(why, whysize, "librsvg cannot draw a chart: %s",
                 err ? err->message : "it has no size, or a size over 4000 pixels");
        if (err)
            lib.g_error_free(err);
        if (doc)
            lib.g_object_unref(doc);
        return -1;
    }
    cairo_surface_t *surface = lib.cairo_image_surface_create(CAIRO_FORMAT_RGB24,
                                                              (int)(cw * scale + 0.5),
                                                              (int)(ch * scale + 0.5));
    cairo_t *cr = lib.cairo_create(surface);
    lib.cairo_set_source_rgb(cr, 1, 1, 1);   /* white: mail programs in dark mode */
    lib.cairo_paint(cr);
    lib.cairo_scale(cr, scale, scale);
    RsvgRectangle viewport = {0, 0, cw, ch};
    int ok = lib.rsvg_handle_render_document(doc, cr, &viewport, &err);
    lib.cairo_destroy(cr);
    cairo_status_t st = ok ? lib.cairo_surface_write_to_png_stream(surface, append, png)
                           : CAIRO_STATUS_SUCCESS;
    lib.cairo_surface_destroy(surface);
    lib.g_object_unref(doc);
    if (!ok || st != CAIRO_STATUS_SUCCESS) {
        snprintf(why, whysize, "librsvg cannot draw a chart: %s",
                 err ? err->message : lib.cairo_status_to_string(st));
        if (err)
            lib.g_error_free(err);
        return -1;
    }
    *w = (int)(cw + 0.5);
    *h = (int)(ch + 0.5);
    return 0;
}
