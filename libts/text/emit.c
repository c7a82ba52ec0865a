/* Turning a decision into a fact: its period resolved against the
 * document's context (a date at the end of the section is the section's
 * period; a flow up to a date runs from 1 January; a stock of a span of
 * years is read at the last year), the first plan and the first level of
 * each key in a sentence kept, the fact handed to the caller. */
#include "text/reader.h"

#include <math.h>
#include <stdio.h>
#include <string.h>


/* Whether the figure's subject was named by a `narrows` phrase. */
static int named_narrowly(const reader *r)
{
    const tsx_entry *e = r->st[r->depth].ent;
    return e && (e->flags & TSX_NARROWS);
}

/* pct_plan facts already given in the sentence, by indicator, period,
 * issuer and area: the first of each stands (a sentence names each plan
 * once, a list of districts once for each), or the first of the subject
 * named narrowly after a total (the document keeps it: collide.c). */
static int first_plan_of_key(reader *r, const ts_indicator *ind, ts_period p, const char *plan_by)
{
    int narrow = named_narrowly(r);
    for (size_t k = 0; k < r->npp; k++)
        if (r->pp_done[k] == ind && ts_period_cmp(r->pp_period[k], p) == 0 &&
            strcmp(r->pp_by[k], plan_by) == 0 && r->pp_area[k] == r->child_area) {
            if (narrow && !r->pp_narrow[k]) {
                r->pp_narrow[k] = 1;
                return 1;
            }
            return 0;
        }
    if (r->npp < TSX_MAX_DONE) {
        r->pp_narrow[r->npp] = (unsigned char)narrow;
        r->pp_area[r->npp] = r->child_area;
        r->pp_done[r->npp] = ind;
        r->pp_period[r->npp] = p;
        r->pp_by[r->npp++] = plan_by;
    }
    return 1;
}

/* Two levels of one thing in a sentence are two figures only at two
 * price bases it names ("29,7 triệu đồng theo giá thực tế và 12,4 triệu
 * đồng theo giá năm 1994"). */
static int same_basis(const char *a, const char *b)
{
    return !a[0] || !b[0] || strcmp(a, b) == 0;
}

/* Whether a level of (ind, p) may be given: the first in the sentence (of
 * its area), a
 * figure as written after one written rounded (then once), or a stock's
 * total after "lên" (the document's facts then keep it over the count
 * added to it). */
static int first_level(reader *r, const ts_indicator *ind, ts_period p, const char *price)
{
    if (r->fact_flags & TSX_FACT_RAISED_TO)
        return 1;
    int rounded = (r->fact_flags & TSX_FACT_APPROX) != 0;
    int narrow = named_narrowly(r);
    for (size_t k = 0; k < r->nlv; k++)
        if (r->lv_done[k] == ind && ts_period_cmp(r->lv_period[k], p) == 0 &&
            r->lv_area[k] == r->child_area && same_basis(r->lv_price[k], price)) {
            /* ... or the indicator named narrowly after a broader total
             * (the document keeps the narrower: collide.c). */
            if (narrow && !r->lv_narrow[k]) {
                r->lv_narrow[k] = 1;
                return 1;
            }
            if (!r->lv_rounded[k] || rounded)
                return 0;
            r->lv_rounded[k] = 0;
            return 1;
        }
    if (r->nlv < TSX_MAX_DONE) {
        r->lv_narrow[r->nlv] = (unsigned char)narrow;
        r->lv_rounded[r->nlv] = (unsigned char)rounded;
        r->lv_area[r->nlv] = r->child_area;
        snprintf(r->lv_price[r->nlv], sizeof r->lv_price[r->nlv], "%s", price);
        r->lv_done[r->nlv] = ind;
        r->lv_period[r->nlv++] = p;
    }
    return 1;
}

/* A month or quarter shorter than the indicator is compiled for (GRDP
 * by the quarter, GRDP per head by the year) stands for the months to
 * date it ends: a September report's GRDP "tăng 7,71%" is January to
 * September's. */
static ts_period compiled_period(const ts_indicator *ind, ts_period p)
{
    static const int compiled[] = {[TS_SHORTEST_MONTH] = 1, [TS_SHORTEST_QUARTER] = 3,
                                   [TS_SHORTEST_YEAR] = 12};
    ts_period_kind k = ts_period_kind_of(p);
    int months = k == TS_PERIOD_MONTH ? 1 : k == TS_PERIOD_QUARTER ? 3 : 0;
    if ((unsigned)ind->shortest >= sizeof compiled / sizeof compiled[0])
        return p;
    int y, m, d, y0, m0, d0;
    ts_civil_from_days(p.last, &y, &m, &d);
    /* ... and a stretch from 1 January to a day of a quarter's last month
     * ("GRDP tính đến ngày 15/6", the statistics office's cut-off) is the
     * months to the quarter's end. */
    ts_civil_from_days(p.first, &y0, &m0, &d0);
    if (k == TS_PERIOD_DAYS && compiled[ind->shortest] == 3 && m0 == 1 && d0 == 1 && y0 == y &&
        m % 3 == 0)
        return ts_period_months(y, 1, m);
    if (!months || months >= compiled[ind->shortest])
        return p;
    return ts_period_months(y, 1, m);
}

void rd_emit(reader *r, const ts_indicator *ind, const char *measure, ts_period p,
             double value, const char *unit, char status)
{
    if (!isfinite(value))
        return;
    /* An undated report: a figure is kept only where its own phrase
     * named a year ("năm 2024", "6 tháng đầu năm 2024"). */
    if (r->cx->undated && (ts_year_of_days(p.first) == TS_UNDATED_YEAR ||
                           ts_year_of_days(p.last) == TS_UNDATED_YEAR))
        return;
    p = compiled_period(ind, p);
    /* A level of a year (or years) that begins after the report's period
     * ends, and after the day it was written when that is known, is no
     * result but a target: "Năm 2024, UBND thị xã đề ra ...: thu ngân sách
     * dự kiến 1.043,6 tỷ đồng" in a review of 2023.  (The months of the
     * next year may have results already: "2 tháng đầu năm 2024 đạt ..."
     * in a press review of 2023; a table's columns name their own years;
     * "năm 2017 là hơn 109,6 tỉ đồng" written in 2018 is done.) */
    ts_period_kind pk = ts_period_kind_of(p);
    if (r->prose && strcmp(measure, TS_MEASURE_LEVEL) == 0 && !r->cx->undated &&
        (pk == TS_PERIOD_YEAR || pk == TS_PERIOD_YEARS) && p.first > r->cx->report.last &&
        !(r->cx->has_written && p.first <= r->cx->written))
        measure = TS_MEASURE_PLAN;
    /* 96,9 - 100 is -3.1, not -3.0999999999999943. */
    value = round(value * 1e9) / 1e9;
    /* The first plan named wins; a second count of the same thing in one
     * sentence is a part of it. */
    /* The qualifiers: the price basis of money and its growth, the issuer
     * of a plan; one pct_plan per issuer. */
    int planned = strcmp(measure, TS_MEASURE_PLAN) == 0 || strcmp(measure, TS_MEASURE_PCT_PLAN) == 0;
    const char *plan_by = planned && r->plan_by ? r->plan_by : "";
    const char *price = ts_unit_is_money(ind->unit) ? r->price_text : "";
    const tsx_entry *named_by = r->st[r->depth].ent;
    if (!price[0] && ts_unit_is_money(ind->unit) && named_by && named_by->price)
        price = named_by->price; /* "quy mô nền kinh tế": current prices */
    if (strcmp(measure, TS_MEASURE_PCT_PLAN) == 0 &&
        !first_plan_of_key(r, ind, p, plan_by))
        return;
    if (strcmp(measure, TS_MEASURE_LEVEL) == 0 && !first_level(r, ind, p, price))
        return;
    ts_fact f;
    ts_fact_init(&f);
    f.indicator = ind->id;
    f.area = r->child_area ? r->child_area->slug : r->cx->area ? r->cx->area : "";
    f.measure = measure;
    f.period = p;
    f.value = value;
    f.unit = unit;
    f.status = status;
    f.source = r->cx->source ? r->cx->source : "-";
    f.price = price;
    f.plan_by = plan_by;
    if (strcmp(measure, TS_MEASURE_YOY_PCT) == 0 || strcmp(measure, TS_MEASURE_AVG_ANNUAL_PCT) == 0) {
        r->growth_ind = ind;
        r->growth_avg = strcmp(measure, TS_MEASURE_AVG_ANNUAL_PCT) == 0;
    }
    if (r->depth == 0) {
        r->figured = ind;
        r->topic_at_fact = r->topic;
    }
    if (strcmp(measure, TS_MEASURE_LEVEL) == 0) {
        r->level_ind = ind;
        r->level_value = value;
        r->level_end = r->q_end;
        if (r->seq_at >= 0 && strcmp(unit, "pct") == 0)
            r->seq[r->seq_at] = ind;
    }
    r->cx->fact_flags = r->fact_flags | (r->cx->in_footnote ? TSX_FACT_FOOTNOTE : 0) |
                        (named_narrowly(r) ? TSX_FACT_NARROW : 0);
    r->cx->fact_phrase = r->st[r->depth].ent ? r->st[r->depth].ent->flen : 0;
    if (r->fn)
        r->fn(r->user, &f, r->offset, r->excerpt);
}

ts_period rd_resolve_period(const reader *r, const ts_indicator *ind, const per_state *ps)
{
    const ts_extract_ctx *cx = r->cx;
    ts_period p = cx->period;
    if (ps->kind == PER_FIXED) {
        p = ps->p;
    } else if (ps->kind == PER_UPTO) {
        int y, m, d;
        ts_civil_from_days(ps->p.first, &y, &m, &d);
        /* A date at the end of the section's own period is that period
         * (a monthly work report's "tính đến ngày 31/10", a six-month
         * section's "đến ngày 30/6"); otherwise a flow runs from 1
         * January and a stock is read at the date. */
        if (ps->p.first == cx->period.last && (ind->kind == TS_KIND_FLOW || !ps->dated))
            return cx->period;
        /* A January date in the report of the year before ends that
         * year's flow: its budget is spent and its capital disbursed up
         * to the end of January ("kế hoạch vốn năm 2024 tính đến ngày
         * 10/01/2025 đã giải ngân ..."). */
        if (ind->kind == TS_KIND_FLOW && m == 1 && cx->period.last &&
            ts_year_of_days(cx->period.last) == y - 1 &&
            ts_period_kind_of(cx->period) == TS_PERIOD_YEAR)
            return (ts_period){ts_days_from_civil(y - 1, 1, 1), ps->p.first};
        if (ind->kind == TS_KIND_FLOW)
            return (ts_period){ts_days_from_civil(y, 1, 1), ps->p.first};
        return ps->p;
    }
    /* A stock or rate over several years is read at the last one. */
    if (ind->kind != TS_KIND_FLOW && ts_period_kind_of(p) == TS_PERIOD_YEARS)
        p = ts_period_year(ts_year_of_days(p.last));
    return p;
}

ts_period rd_period_earlier(ts_period p, int year)
{
    int y1, m1, d1, y2, m2, d2;
    ts_civil_from_days(p.first, &y1, &m1, &d1);
    ts_civil_from_days(p.last, &y2, &m2, &d2);
    int dy = year > 0 ? year - y2 : -1;
    if (dy >= 0)
        return p;
    /* Month ends stay month ends (29 February a year on is the 28th). */
    int end1 = d2 == ts_days_in_month(y2, m2);
    y1 += dy;
    y2 += dy;
    if (d1 > ts_days_in_month(y1, m1))
        d1 = ts_days_in_month(y1, m1);
    if (end1 || d2 > ts_days_in_month(y2, m2))
        d2 = ts_days_in_month(y2, m2);
    return (ts_period){ts_days_from_civil(y1, m1, d1), ts_days_from_civil(y2, m2, d2)};
}

ts_period rd_plan_period(ts_period p)
{
    ts_period_kind k = ts_period_kind_of(p);
    if (k == TS_PERIOD_MONTH || k == TS_PERIOD_YEARS || k == TS_PERIOD_YEAR)
        return p;
    int y = ts_year_of_days(p.last);
    return ts_year_of_days(p.first) == y ? ts_period_year(y) : p;
}

ts_period rd_target_period(const reader *r, const ts_indicator *ind, const per_state *ps)
{
    ts_period t = r->cx->target;
    if (ps->kind == PER_FIXED && ts_period_kind_of(ps->p) == TS_PERIOD_YEAR) {
        if (ind->kind == TS_KIND_FLOW && ts_period_kind_of(t) == TS_PERIOD_YEARS &&
            ps->p.last == t.last && ps->target == 2)
            return t;
        return ps->p;
    }
    if (ind->kind != TS_KIND_FLOW && ts_period_kind_of(t) == TS_PERIOD_YEARS)
        return ts_period_year(ts_year_of_days(t.last));
    return t;
}

void rd_unmatched(reader *r, const quantity *q, const char *reason)
{
    if (!r->unmatched || !q->has_unit)
        return;
    char buf[160];
    size_t a = r->f->map[q->start], b = r->f->map[q->end];
    size_t l = b > a ? b - a : 0;
    if (l >= sizeof buf)
        l = sizeof buf - 1;
    memcpy(buf, r->orig + a, l);
    buf[l] = '\0';
    for (size_t k = 0; k < l; k++)
        if (buf[k] == '\t' || buf[k] == '\n' || buf[k] == '\r')
            buf[k] = ' ';
    r->unmatched(r->user, buf, reason, r->offset, r->excerpt);
}
