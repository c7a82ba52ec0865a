/* A report's sections, from its top-level headings ("I.", "II.", "Phần
 * thứ hai", "Nơi nhận"): the default period of each part's figures (a
 * heading's "10 THÁNG" makes its part cumulative) and the directions
 * part, whose figures are targets. */
#include "text/text_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int has_word(const char *s, const char *w)
{
    size_t l = strlen(w);
    for (const char *p = strstr(s, w); p; p = strstr(p + 1, w)) {
        int left = p == s || !tsx_is_word((unsigned char)p[-1]);
        int right = !tsx_is_word((unsigned char)p[l]);
        if (left && right)
            return 1;
    }
    return 0;
}

/* Whether a folded heading's text, after its label ("ii. ", "3- "),
 * begins with the words w: "II. KẾ HOẠCH PHÁT TRIỂN ... NĂM 2024". */
static int starts_with_words(const char *head, const char *w)
{
    const char *p = head;
    while (*p && (tsx_is_word((unsigned char)*p) && !strchr(" .-)", *p)))
        p++;
    while (*p == '.' || *p == '-' || *p == ')' || *p == ' ')
        p++;
    size_t l = strlen(w);
    return strncmp(p, w, l) == 0 && !tsx_is_word((unsigned char)p[l]);
}

/* A top-level heading: "II. ...", "IV- ...", "Phần thứ hai". */
static int is_heading(const char *s)
{
    if (strncmp(s, "phan thu ", 9) == 0)
        return 1;
    size_t i = 0;
    while (s[i] == 'i' || s[i] == 'v' || s[i] == 'x')
        i++;
    return i > 0 && i <= 4 && (s[i] == '.' || s[i] == '-' || s[i] == '/') && s[i + 1] == ' ';
}

/* The first year 1900..2100 written in folded text, or 0. */
static int first_year(const char *s)
{
    for (const char *p = s; *p; p++) {
        if (p[0] >= '1' && p[0] <= '2' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' &&
            p[2] <= '9' && p[3] >= '0' && p[3] <= '9' && (p == s || !tsx_is_word((unsigned char)p[-1])) &&
            !tsx_is_word((unsigned char)p[4])) {
            int y = atoi(p);
            if (y >= 1900 && y <= 2100)
                return y;
        }
    }
    return 0;
}

/* "10 thang" (2..12 months) in a heading: the section's cumulative
 * period; returns the month count or 0. */
static int cumulative_months(const char *s)
{
    for (const char *p = strstr(s, " thang"); p; p = strstr(p + 1, " thang")) {
        const char *q = p;
        while (q > s && q[-1] >= '0' && q[-1] <= '9')
            q--;
        if (q == p || (q > s && tsx_is_word((unsigned char)q[-1])))
            continue;
        int n = atoi(q);
        if (strncmp(p, " thang cuoi", 11) == 0)
            continue;
        if (n >= 2 && n <= 12)
            return n;
    }
    return 0;
}

/* The period of targets when a directions heading names no year: the
 * next year, or the next plan term of the same length. */
ts_period tsx_next_period(ts_period report)
{
    int a = ts_year_of_days(report.first), b = ts_year_of_days(report.last);
    if (b > a)
        return ts_period_years(b + 1, b + 1 + (b - a));
    return ts_period_year(b + 1);
}

/* A title that names targets and no results: "chỉ tiêu phấn đấu năm
 * 2024", not "kết quả thực hiện kế hoạch năm 2023 và phương hướng ...";
 * nor a headline's striving with no year or target named ("Giá Rai phấn
 * đấu xứng đáng thị xã trẻ"), over an interview on the year's results;
 * nor a striving in the months left of a year ("Trong những tháng cuối
 * năm, ... phấn đấu hoàn thành các chỉ tiêu năm 2023") or to complete
 * targets already set ("Ninh Phước phấn đấu hoàn thành mục tiêu ... năm
 * 2023"), over the months gone. */
static int title_of_targets(const char *s)
{
    int strives = has_word(s, "phan dau") && (first_year(s) || has_word(s, "chi tieu")) &&
                  !has_word(s, "thang cuoi nam") && !has_word(s, "thang con lai") &&
                  !has_word(s, "hoan thanh");
    return (strives || starts_with_words(s, "muc tieu") ||
            starts_with_words(s, "ke hoach") || has_word(s, "chi tieu ke hoach")) &&
           !has_word(s, "ket qua") && !has_word(s, "danh gia") && !has_word(s, "tinh hinh") &&
           !has_word(s, "thuc hien") && !has_word(s, "bao cao") && !has_word(s, "uoc");
}

/* Scans the lines for headings and builds the section list.  Returns the
 * count, or (size_t)-1 on out of memory (*out then NULL). */
size_t tsx_find_sections(const ts_doc *doc, ts_period report, tsx_fold *fp, tsx_section **out)
{
    size_t cap = 8, n = 0;
    tsx_section *sec = malloc(cap * sizeof *sec);
    if (!sec) {
        *out = NULL;
        return (size_t)-1;
    }
    sec[n++] = (tsx_section){0, 0, report, tsx_next_period(report)};
    int directions = 0;
    size_t nl = ts_doc_line_count(doc);
    /* A title of targets alone ("25 chỉ tiêu phấn đấu năm 2024", "Mục tiêu
     * phát triển kinh tế - xã hội năm 2025"): the whole document sets
     * them out, as a directions heading's part does. */
    for (size_t i = 0; i < nl && i < 4; i++) {
        const ts_span *l = ts_doc_line(doc, i);
        if (l->len == 0)
            continue;
        if (l->len < 160 && tsx_fold_text(fp, l->text, l->len) == 0 && title_of_targets(fp->s)) {
            directions = 1;
            sec[0].directions = 1;
            int y = first_year(fp->s);
            sec[0].target = y ? ts_period_year(y) : tsx_next_period(report);
        }
        break;
    }
    for (size_t i = 0; i < nl; i++) {
        const ts_span *l = ts_doc_line(doc, i);
        if (l->len == 0 || l->len > 400)
            continue;
        /* Headings start "I.", "IV-", "Phần thứ", "Nơi nhận" (after any
         * indentation): other lines are not folded at all. */
        size_t k0 = 0;
        while (k0 < l->len && (l->text[k0] == ' ' || l->text[k0] == '\t'))
            k0++;
        char c0 = k0 < l->len ? l->text[k0] : 0;
        if (!strchr("IVXivxPpNn", c0) || c0 == 0)
            continue;
        if (tsx_fold_text(fp, l->text, l->len) != 0)
            goto oom;
        if (!is_heading(fp->s) && strncmp(fp->s, "noi nhan", 8) != 0)
            continue;
        /* The title may continue on the next line ("... 10 THÁNG / NĂM 2024"). */
        char head[512];
        snprintf(head, sizeof head, "%s", fp->s);
        for (size_t j = i + 1; j < nl && j < i + 3; j++) {
            const ts_span *l2 = ts_doc_line(doc, j);
            if (l2->len == 0)
                continue;
            if (first_year(head) && strncmp(head, "phan thu", 8) != 0)
                break;
            if (tsx_fold_text(fp, l2->text, l2->len) != 0)
                goto oom;
            if (fp->len < 120 && !is_heading(fp->s)) {
                size_t hl = strlen(head);
                snprintf(head + hl, sizeof head - hl, " %s", fp->s);
            }
            break;
        }
        tsx_section s = sec[n - 1];
        s.offset = l->offset;
        if (strncmp(head, "noi nhan", 8) == 0) {
            /* After the signature block: annexes and footnotes, which
             * support the results part. */
            directions = 0;
            s = sec[0];
            s.offset = l->offset;
        } else {
            int dir = (has_word(head, "phuong huong") || has_word(head, "muc tieu") ||
                       has_word(head, "chi tieu chu yeu") || strstr(head, "nhiem vu, giai phap") ||
                       strstr(head, "nhiem vu trong tam") || strstr(head, "nhiem vu va giai phap") ||
                       has_word(head, "ke hoach nam") || starts_with_words(head, "ke hoach")) &&
                      !has_word(head, "ket qua") && !has_word(head, "danh gia");
            if (dir)
                directions = 1;
            s.directions = directions;
            int y = first_year(head);
            if (directions && dir) {
                s.target = y ? ts_period_year(y) : tsx_next_period(report);
            } else if (!directions) {
                int m = cumulative_months(head);
                int yy = y ? y : ts_year_of_days(report.last);
                s.period = m ? ts_period_months(yy, 1, m) : report;
            }
        }
        if (n == cap) {
            tsx_section *ns = realloc(sec, cap * 2 * sizeof *ns);
            if (!ns)
                goto oom;
            sec = ns;
            cap *= 2;
        }
        sec[n++] = s;
    }
    *out = sec;
    return n;
oom:
    free(sec);
    *out = NULL;
    return (size_t)-1;
}
