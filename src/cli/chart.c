/*
** chart.c — one of the briefing's charts, which dyad draws as SVG, as a
** PNG image for e-mail: most mail programs show no SVG, inline or
** attached. librsvg (Debian librsvg2-dev) draws it with cairo. The SVG is
** dyad's own and refers to nothing outside itself; librsvg is given no
** base address, so that it could not load a file if it did.
*/
#include "cli/mail.h"

#include <librsvg/rsvg.h>
#include <stdio.h>

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
    GError *err = NULL;
    RsvgHandle *doc = rsvg_handle_new_from_data((const guint8 *)svg, n, &err);
    double cw = 0, ch = 0;
    if (doc && !rsvg_handle_get_intrinsic_size_in_pixels(doc, &cw, &ch))
        cw = ch = 0;   /* no width and height: not one of dyad's charts */
    if (!doc || cw < 1 || ch < 1 || cw > 4000 || ch > 4000) {
        snprintf(why, whysize, "librsvg cannot draw a chart: %s",
                 err ? err->message : "it has no size, or a size over 4000 pixels");
        if (err)
            g_error_free(err);
        if (doc)
            g_object_unref(doc);
        return -1;
    }
    cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24,
                                                          (int)(cw * scale + 0.5),
                                                          (int)(ch * scale + 0.5));
    cairo_t *cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);   /* white: mail programs in dark mode */
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    RsvgRectangle viewport = {0, 0, cw, ch};
    int ok = rsvg_handle_render_document(doc, cr, &viewport, &err);
    cairo_destroy(cr);
    cairo_status_t st = ok ? cairo_surface_write_to_png_stream(surface, append, png)
                           : CAIRO_STATUS_SUCCESS;
    cairo_surface_destroy(surface);
    g_object_unref(doc);
    if (!ok || st != CAIRO_STATUS_SUCCESS) {
        snprintf(why, whysize, "librsvg cannot draw a chart: %s",
                 err ? err->message : cairo_status_to_string(st));
        if (err)
            g_error_free(err);
        return -1;
    }
    *w = (int)(cw + 0.5);
    *h = (int)(ch + 0.5);
    return 0;
}
