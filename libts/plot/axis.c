/* Chart axes: round ("nice") tick steps, tick labels with grouped
 * thousands, readable names of the canonical units, and XML escaping of
 * the text that goes into a chart.  Used by svg_chart.c. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "core/labels_impl.h"
#include "ts_plot.h"

int ts_axis_ticks(double lo, double hi, int target, double *first,
                  double *step, int *count, ts_error *err)
{
    if (!isfinite(lo) || !isfinite(hi))
        return ts_error_set(err, TS_EINVAL, "axis range is not finite");
    if (lo > hi)
        return ts_error_set(err, TS_EINVAL, "axis range %g..%g is reversed", lo, hi);
    if (target < 2)
        return ts_error_set(err, TS_EINVAL, "axis needs at least 2 ticks, not %d", target);
    if (lo == hi) {
        /* One value: centre it in a range a tenth of its size (or +-1). */
        double d = lo != 0 ? fabs(lo) * 0.1 : 1.0;
        lo -= d;
        hi += d;
    }
    double raw = (hi - lo) / (target - 1);
    double mag = pow(10.0, floor(log10(raw)));
    static const double mult[] = {1.0, 2.0, 2.5, 5.0, 10.0};
    double s = 10.0 * mag;
    for (size_t i = 0; i < sizeof mult / sizeof mult[0]; i++) {
        /* The slack absorbs rounding in raw, so 100/4 picks 25, not 50. */
        if (mult[i] * mag >= raw * (1 - 1e-9)) {
            s = mult[i] * mag;
            break;
        }
    }
    double a = floor(lo / s + 1e-9) * s;
    double b = ceil(hi / s - 1e-9) * s;
    *first = a;
    *step = s;
    *count = (int)llround((b - a) / s) + 1;
    return TS_OK;
}

/* Decimals needed to write multiples of step exactly (at most 9). */
static int step_decimals(double step)
{
    int d = 0;
    double x = fabs(step);
    while (d < 9 && fabs(x - round(x)) > 1e-6 * (x > 1 ? x : 1)) {
        x *= 10;
        d++;
    }
    return d;
}

size_t ts_axis_format(double v, double step, char *buf, size_t n)
{
    char raw[64];
    int d = step_decimals(step);
    /* A tick that is zero up to rounding must not print as "-0". */
    if (fabs(v) < fabs(step) * 1e-9)
        v = 0;
    int len = snprintf(raw, sizeof raw, "%.*f", d, v);
    if (len < 0 || (size_t)len >= sizeof raw) {
        if (n)
            buf[0] = '\0';
        return 0;
    }
    const char *p = raw;
    char out[96];
    size_t o = 0;
    if (*p == '-')
        out[o++] = *p++;
    size_t int_len = strcspn(p, ".");
    for (size_t i = 0; i < int_len; i++) {
        /* A comma before every group of three digits but the first. */
        if (i > 0 && (int_len - i) % 3 == 0)
            out[o++] = ',';
        out[o++] = p[i];
    }
    strcpy(out + o, p + int_len);
    o += strlen(p + int_len);
    if (n) {
        size_t k = o < n - 1 ? o : n - 1;
        memcpy(buf, out, k);
        buf[k] = '\0';
        return k;
    }
    return 0;
}

int ts_xml_write_escaped(FILE *fp, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        int rc;
        switch (*p) {
        case '&': rc = fputs("&amp;", fp); break;
        case '<': rc = fputs("&lt;", fp); break;
        case '>': rc = fputs("&gt;", fp); break;
        case '"': rc = fputs("&quot;", fp); break;
        case '\'': rc = fputs("&apos;", fp); break;
        default:
            /* XML 1.0 forbids most control characters, even escaped. */
            if (*p < 0x20 && *p != '\t')
                continue;
            rc = fputc(*p, fp);
        }
        if (rc == EOF)
            return -1;
    }
    return 0;
}

const char *ts_unit_axis_name(const char *unit)
{
    /* The words live in datasets/catalog/labels.tsv, not here. */
    const char *words = tsi_unit_words_en(unit);
    return words ? words : unit;
}
