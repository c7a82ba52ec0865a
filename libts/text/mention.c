/* Resolving the indicator: lexicon phrases that name one set the current
 * subject (with their conditions: ctx=, near=, unit=, before=, not_after=,
 * before_place, post), a
 * blocking phrase stops figures until the clause ends, another place's
 * name takes the figure after it, and a phrase right after a figure can
 * name it ("26 trường đạt chuẩn quốc gia"). */
#include "text/reader.h"

#include <string.h>

const ts_indicator *rd_indicator(const reader *r, const tsx_entry *e)
{
    if (e->cls != TSX_C_INDICATOR)
        return NULL;
    return ts_catalog_find(r->cat, e->indicator);
}

int rd_any_of(const char *alts, int (*fn)(const void *ctx, const char *w, size_t l),
              const void *ctx)
{
    const char *c = alts;
    while (*c) {
        const char *bar = strchr(c, '|');
        size_t l = bar ? (size_t)(bar - c) : strlen(c);
        if (l && fn(ctx, c, l))
            return 1;
        c += l;
        if (*c == '|')
            c++;
    }
    return 0;
}

static int topic_is(const void *ctx, const char *w, size_t l)
{
    const char *id = ctx;
    if (l == 1 && w[0] == '*')
        return 1;
    if (!id)
        return l == 1 && w[0] == '-';
    return strncmp(id, w, l) == 0 && (id[l] == '\0' || id[l] == '.');
}

/* ctx=A|B: the subject so far is A or B, or starts with "A."; "-" stands
 * for no subject yet, "*" for any (only a subject that holds the
 * sentence, "giá trị sản xuất", keeps the phrase out), "." for none named
 * in the sentence so far. */
static int ctx_ok(const reader *r, const tsx_entry *e)
{
    /* restates: a subject named and waiting for its figure, restated by a
     * phrase that stays it ("Vụ Đông xuân 2018-2019: Diện tích gieo trồng
     * ... đạt 47.250,5 ha"). */
    if (e->flags & TSX_RESTATES) {
        const frame *fr = &r->st[r->depth];
        for (size_t k = 0; k < fr->npend; k++)
            if (e->indicator && fr->pend[k]->indicator &&
                strcmp(e->indicator, fr->pend[k]->indicator) == 0)
                return 1;
        return 0;
    }
    if (!e->ctx)
        return 1;
    /* ".": no phrase of this sentence has named a subject yet, whatever
     * the sentences before spoke of. */
    if (strcmp(e->ctx, ".") == 0)
        return r->mention_end == 0 && !r->st[0].ind && !r->st[r->depth].npend;
    if (r->topic_held)
        return 0;
    return rd_any_of(e->ctx, topic_is, r->topic ? r->topic->id : NULL);
}

/* The words a near= condition looks at: for a subject phrase the
 * sentence up to the end of its clauses (its first ';' on): "nông lâm
 * nghiệp tăng 5,1%, ...; cơ cấu kinh tế chuyển dịch" speaks of no share.
 * A phrase after its figure is an item of a list whose items ';' may
 * part, and the whole list tells what its items are ("8.355 con heo; 96
 * con trâu; đàn gia cầm 176.000 con").  The original beside the folded
 * text, where there is one, tells words apart by their marks. */
typedef struct {
    const char *s;       /* folded */
    size_t n;
    const char *orig;    /* NFC, or NULL (the sentence before is kept folded) */
    size_t olen;
    const size_t *map;   /* folded offset -> orig offset */
} span_text;

/* Whether the span says the word w (folded, l bytes) as a word of its
 * own, and, where its original is at hand, with the marks of marked[0,
 * ml): "sắn" cassava is not "sản lượng", "đậu" beans not "đầu tư", "đàn"
 * a herd not "dân". */
static int span_says(const span_text *t, const char *w, size_t l, const char *marked, size_t ml)
{
    int open = tsx_is_word((unsigned char)w[0]), close = tsx_is_word((unsigned char)w[l - 1]);
    for (const char *p = t->s; (p = memchr(p, w[0], (size_t)(t->s + t->n - p))); p++) {
        size_t at = (size_t)(p - t->s);
        if (t->n - at < l || memcmp(p, w, l) != 0)
            continue;
        if ((open && at > 0 && tsx_is_word((unsigned char)t->s[at - 1])) ||
            (close && at + l < t->n && tsx_is_word((unsigned char)t->s[at + l])))
            continue;
        if (!t->orig || tsx_marks_match(t->orig, t->olen, t->map[at], marked, ml))
            return 1;
    }
    return 0;
}

/* Whether the span says any of the words of a near= list (folded, and
 * the same words with their marks, '|' between them in both). */
static int span_says_any(const span_text *t, const char *folded, const char *marked)
{
    while (*folded && *marked) {
        size_t l = strcspn(folded, "|"), ml = strcspn(marked, "|");
        if (l && span_says(t, folded, l, marked, ml))
            return 1;
        folded += l + (folded[l] == '|');
        marked += ml + (marked[ml] == '|');
    }
    return 0;
}

/* near=a|b: the sentence says one of these, or the one before it that
 * it goes on from ("Cơ cấu GRDP chuyển dịch tích cực. Cụ thể: khu vực
 * dịch vụ chiếm 31%"); not_near=c|d: the sentence says none of those. */
static int near_ok(const reader *r, const tsx_entry *e, size_t at)
{
    if (!e->near && !e->not_near)
        return 1;
    const char *semi =
        at < r->n && !(e->flags & TSX_POST) ? memchr(r->s + at, ';', r->n - at) : NULL;
    span_text t = {r->s, semi ? (size_t)(semi - r->s) : r->n, r->orig, r->olen, r->f->map};
    span_text before = {r->cx->said_before, r->cx->said_before_len, NULL, 0, NULL};
    int near = !e->near || span_says_any(&t, e->near, e->near_marked) ||
               (r->continues && before.s && span_says_any(&before, e->near, e->near_marked));
    return near && (!e->not_near || !span_says_any(&t, e->not_near, e->not_near_marked));
}

/* lead: the phrase at i opens a clause ("Khu vực dịch vụ tăng 8,6%";
 * "; khu vực dịch vụ ..."; what a speaker "cho biết"; the first of the
 * parts "trong đó" opens, "Trong đó nông nghiệp tăng 5,5%"), not inside
 * one ("vốn đầu tư khu vực dịch vụ"). */
static int lead_ok(const reader *r, const tsx_entry *e, size_t i)
{
    if (!(e->flags & TSX_LEAD) || rd_opens_after(r, i, RD_LEAD_MARKS))
        return 1;
    size_t w = rd_prev_word(r, i);
    if (w == (size_t)-1)
        return 0;
    /* ... or after "Riêng", "Đối với" opening it ("Riêng du lịch Tây Ninh
     * ước đạt 3,9 triệu khách"). */
    size_t lead = rd_ending(r, w, TSX_C_AREA_LEAD);
    return rd_ending(r, w, TSX_C_SPEECH) != (size_t)-1 ||
           rd_ending(r, w, TSX_C_CARRIER_PART) != (size_t)-1 ||
           (lead != (size_t)-1 && rd_opens_after(r, lead, RD_LEAD_MARKS));
}

typedef struct {
    const reader *r;
    size_t w;
} word_at;

static int word_is_alt(const void *ctx, const char *w, size_t l)
{
    const word_at *a = ctx;
    return rd_word_end(a->r, a->w) - a->w == l && memcmp(a->r->s + a->w, w, l) == 0;
}

/* before=a|b: one of these words among the three before the figure, its
 * qualifier not counted ("gieo trồng được gần 6.000 ha"). */
static int before_ok(const reader *r, const tsx_entry *e, size_t qstart)
{
    if (!e->before)
        return 1;
    word_at a = {r, qstart};
    for (int k = 0; k < 3;) {
        a.w = rd_prev_word(r, a.w);
        if (a.w == (size_t)-1)
            return 0;
        if (rd_any_of(e->before, word_is_alt, &a))
            return 1;
        /* Qualifiers do not count ("gieo trồng sơ bộ đạt 63.991 ha"). */
        size_t st = rd_ending(r, a.w, TSX_C_QUALIFIER);
        if (st != (size_t)-1)
            a.w = st;
        else
            k++;
    }
    return 0;
}

/* not_after=a|b: the phrase at i is none right after one of these words
 * ("cao nhất từ trước đến nay" is "ever", no count since the start). */
static int not_after_ok(const reader *r, const tsx_entry *e, size_t i)
{
    if (!e->not_after)
        return 1;
    word_at a = {r, rd_prev_word(r, i)};
    return a.w == (size_t)-1 || !rd_any_of(e->not_after, word_is_alt, &a);
}

/* before_place: a place's name starts right after the phrase ending at
 * end. */
static int before_place_ok(const reader *r, const tsx_entry *e, size_t end)
{
    return !(e->flags & TSX_BEFORE_PLACE) || rd_at(r, rd_skip_spaces(r, end), TSX_C_PLACE);
}

/* Keeps the subjects a clause names before its figures, in order, for a
 * list that gives them "lần lượt" (measure.c). */
static void name_in_order(reader *r, const tsx_entry *e, const ts_indicator *ind)
{
    if (r->depth || r->in_order || !ind || r->nnamed == TSX_MAX_NAMED ||
        (r->nnamed && r->named[r->nnamed - 1] == ind))
        return;
    r->named_ent[r->nnamed] = e;
    r->named[r->nnamed++] = ind;
}

void rd_set_current(reader *r, const tsx_entry *e, const ts_indicator *ind)
{
    frame *fr = &r->st[r->depth];
    if (fr->component_of && fr->component_of == ind) {
        /* "Tổng thu ngân sách nhà nước ... 55.257 tỷ đồng; trong đó, thu
         * ngân sách nhà nước trên địa bàn ... 5.794 tỷ đồng": the
         * indicator named more narrowly than the total, which counted more
         * than it (transfers from the centre); the document keeps the
         * narrower (collide.c). */
        /* ... also when the total was the sentence before's ("Tổng thu
         * ngân sách đạt 822 tỷ đồng. Trong đó: Tổng thu ngân sách trên địa
         * bàn đạt trên 114 tỷ đồng"). */
        if ((e->flags & TSX_NARROWS) &&
            !(fr->component_ent && (fr->component_ent->flags & TSX_NARROWS))) {
            fr->component_of = NULL;
            fr->component_ent = NULL;
            r->after_part = 0;
        } else {
            fr->ind = NULL; /* a part of the total named again: not the total */
            fr->ent = NULL;
            return;
        }
    }
    if ((e->flags & TSX_PLAN) && fr->ind == ind && !fr->plan_mode && fr->ent)
        return; /* "giải ngân kế hoạch vốn": the level of the plan's money */
    fr->ind = ind;
    fr->ent = e;
    fr->weak = 0;
    fr->own = 1;
    name_in_order(r, e, ind);
    fr->plan_mode = (e->flags & TSX_PLAN) != 0;
    if (fr->plan_mode)
        r->plan_seen = 1;
    fr->npend = 0;
    fr->foreign = 0;
    r->topic = ind;
    r->topic_held = 0;
    r->topic_growth = (e->flags & TSX_GROWTH) != 0;
    fr->from_topic = 0;
}

/* Is this place name the report's own area (or the province it lies in)?
 * A gazetteer place compares areas (the report's unit in the kind it had
 * before or after a raise is its own: "Hà Tiên" names the town and the
 * city); a user's place compares its folded words with the area slug
 * ("kon tum" ~ "kon-tum", "kon-tum-city"). */
static int own_place(const reader *r, const tsx_entry *e)
{
    const char *a = r->cx->area;
    if (!a || !*a)
        return 0;
    if (e->area) {
        if (strcmp(e->area->slug, a) == 0 ||
            (r->cx->area_parent && strcmp(e->area->slug, r->cx->area_parent) == 0))
            return 1;
        if (ts_area_level_of(e->area->kind) != TS_LEVEL_DISTRICT)
            return 0; /* raised units are district-level */
        const ts_gazetteer *gz = tsx_lexicon_gazetteer(r->lx);
        const ts_area *own = gz ? ts_gazetteer_find(gz, a, TS_DAY_ANY) : NULL;
        return own && strcmp(own->name, e->area->name) == 0 &&
               ts_gazetteer_same_unit(gz, e->area, own);
    }
    size_t i = 0;
    for (const char *p = e->folded; *p; p++, i++) {
        char c = *p == ' ' ? '-' : *p;
        if (a[i] != c)
            return 0;
    }
    return a[i] == '\0' || a[i] == '-';
}

/* Whether the word at w ends a @contrib.to phrase ("vào", "cho tăng
 * trưởng") after a verb of contribution in its clause (back to a ';', '.'
 * or bracket, through the comma of "3,21"): what follows is what a part
 * adds to. */
static int contributed_to(const reader *r, size_t w)
{
    if ((w = rd_ending(r, w, TSX_C_CONTRIB_TO)) == (size_t)-1)
        return 0;
    for (size_t k = w; k > 0 && w - k < 80; k--) {
        char c = r->s[k - 1];
        int grouping = c == '.' && k > 1 && rd_digit((unsigned char)r->s[k - 2]); /* "1.234" */
        if (strchr(";.()", c) && !grouping)
            return 0;
        if (!tsx_is_word((unsigned char)r->s[k - 1]) && rd_at(r, k, TSX_C_VERB_CONTRIB))
            return 1;
    }
    return 0;
}

/* A district-level unit of the report's province opening a clause, among
 * the places of one phrase (k tags at i, the c-th the first place):
 * "Đồng Hới 1.209,6 ha, giảm 7,5%; Ba Đồn 4.693,5 ha, ...", "; huyện U
 * Minh ước thu đạt 49 tỷ đồng", after @area.lead ("Riêng Phú Quốc có
 * ...") or after "là".  A province report lists its districts'
 * figures so; the unit's own name is preferred over a province's of the
 * same name ("Quảng Ninh" in a report of Quảng Bình).  NULL when none. */
static const ts_area *child_opening(const reader *r, const tsx_tag *g, size_t k, size_t c,
                                    size_t i)
{
    const char *own = r->cx->area;
    if (!own || !*own || r->cx->area_is_district)
        return NULL;
    /* "Riêng Phú Quốc có 449.766 lượt khách", "Đối với huyện X, ...";
     * the next of a list of them after a comma ("...: TP Hải Dương 30%,
     * huyện Tứ Kỳ 33,2%"). */
    size_t w = rd_prev_word(r, i);
    size_t lead = w == (size_t)-1 ? (size_t)-1 : rd_ending(r, w, TSX_C_AREA_LEAD);
    /* ... and one a ranking names: "cao nhất là huyện Mường Tè là
     * 77,43%", "Đứng thứ hai là quận Bình Thạnh (5.380 tỷ đồng)". */
    int named = w != (size_t)-1 && rd_word_of(r, w, TSX_C_VERB_IS);
    if (!named && !rd_opens_after(r, i, ";:") && !(r->child_area && rd_opens_after(r, i, ",")) &&
        (lead == (size_t)-1 || !rd_opens_after(r, lead, RD_LEAD_MARKS)))
        return NULL;
    /* Of a name the unit bore at two times ("Phú Quốc", a district until
     * 2021, then a city), the one of the report's last day. */
    int32_t day = r->cx->undated ? 0 : r->cx->report.last;
    const ts_area *any = NULL;
    for (size_t m = c; m < k && g[m].end == g[c].end; m++) {
        const ts_area *a = g[m].e->cls == TSX_C_PLACE ? g[m].e->area : NULL;
        /* ... or a province merged into the report's ("Đối với tỉnh Thái
         * Bình, ..." in a report of Hưng Yên of 2025), whose figures the
         * report gives as they were before. */
        if (a && ts_area_level_of(a->kind) == TS_LEVEL_PROVINCE && a->successor &&
            strcmp(a->successor, own) == 0 && strcmp(a->slug, own) != 0)
            return a;
        if (!a || ts_area_level_of(a->kind) != TS_LEVEL_DISTRICT || !a->parent ||
            strcmp(a->parent, own) != 0)
            continue;
        if (!day || ts_area_valid_on(a, day))
            return a;
        if (!any)
            any = a;
    }
    return any;
}


/* "Hải Phòng đứng thứ 6 cả nước với 315,7 nghìn tỷ đồng": a place after
 * a rank is the rank's scope, no area of the figures. */
static int rank_scope(const reader *r, size_t i)
{
    size_t w = rd_prev_word(r, i);
    if (w == (size_t)-1 || !rd_digit((unsigned char)r->s[w]))
        return 0;
    size_t o = rd_prev_word(r, w);
    return o != (size_t)-1 && rd_word_of(r, o, TSX_C_ORDINAL);
}

/* Whether the place at i opens the sentence, an @area.lead maybe before
 * it ("Riêng TP. Phú Quốc, ...", "Tại huyện X, ..."). */
static int opens_sentence(const reader *r, size_t i)
{
    size_t w = rd_prev_word(r, i), lead;
    if (w != (size_t)-1 && (lead = rd_ending(r, w, TSX_C_AREA_LEAD)) != (size_t)-1)
        i = lead; /* "Đối với": from its first word */
    else if (w != (size_t)-1)
        return 0;
    /* Nothing but punctuation before it ("- Riêng huyện X, ..."). */
    for (size_t k = 0; k < i; k++)
        if (tsx_is_word((unsigned char)r->s[k]))
            return 0;
    return 1;
}

/* "3.520 con trâu và 12.620 con bò", "Đàn gia súc có 3.510 con trâu":
 * a kind named right after its figure by a phrase made for that place
 * (post) names it over another of its family and kind (livestock, crop
 * areas) the clause spoke of. */
static int kind_after(const tsx_entry *after, const ts_indicator *ai, const ts_indicator *cur)
{
    if (!(after->flags & TSX_POST) || !cur || ai == cur || ai->kind != cur->kind)
        return 0; /* "tổng số hợp tác xã là 285 hợp tác xã": no new ones */
    size_t n = strcspn(ai->id, ".");
    return strncmp(ai->id, cur->id, n) == 0 && cur->id[n] == '.' && ai->id[n] == '.';
}

/* Whether a phrase at i names the whole of the percentage right before
 * it ("0,9% GDP"), not the next of a list ("59,7% và dịch vụ 28,6%"). */
static int right_after_percent(const reader *r, size_t i)
{
    if (rd_word_of(r, i, TSX_C_AND))
        return 0;
    while (i > 0 && r->s[i - 1] == ' ')
        i--;
    return i >= 2 && r->s[i - 1] == '%' && rd_digit((unsigned char)r->s[i - 2]);
}

/* "tăng 11,06% kim ngạch nhập khẩu ước đạt 1.484,8 triệu USD": a phrase
 * after a percentage that goes on with its own verb opens the next
 * clause, its comma lost, instead of naming the whole of a share. */
static int own_verb_after(const reader *r, size_t end)
{
    size_t j = rd_skip_spaces(r, end), e;
    if ((e = rd_at(r, j, TSX_C_ESTIMATE)))
        j = rd_skip_spaces(r, e);
    return rd_at(r, j, TSX_C_VERB_REACH) || rd_at(r, j, TSX_C_VERB_UP) || rd_at(r, j, TSX_C_VERB_DOWN);
}

/* "Diện tích gieo trồng của các địa phương: ..." after a sentence on the
 * winter-spring season's sown area: a subject broken down by area right
 * after it restates the narrower subject named before (its catalogue
 * child, "agri.sown_area.winter_spring" of "agri.sown_area"). */
static const ts_indicator *restated_narrower(const reader *r, const ts_indicator *ind, size_t end)
{
    const ts_indicator *t = r->topic;
    if (!rd_part_of(t, ind) || !rd_at(r, rd_skip_spaces(r, end), TSX_C_BY_AREA))
        return ind;
    return t;
}

/* Whether the place at i only says where the place named right before it
 * lies ("Quận 1, TP. HCM", "huyện X (tỉnh Y)"). */
static int locates_place_before(const reader *r, size_t i)
{
    size_t p = i;
    while (p > 0 && r->s[p - 1] == ' ')
        p--;
    if (p == 0 || !strchr(",(-", r->s[p - 1]))
        return 0;
    p--;
    while (p > 0 && r->s[p - 1] == ' ')
        p--;
    return tsx_tag_start_ending(r->tags, p, TSX_C_PLACE) != (size_t)-1;
}

/* Whether the place or the "toàn tỉnh" at i is the subject's own: right
 * after the last indicator phrase ("tỷ lệ hộ nghèo (của) (toàn) tỉnh
 * Ninh Thuận là ..."). */
int rd_subject_place(const reader *r, size_t i)
{
    size_t p = i;
    for (int k = 0; k < 2; k++) {
        size_t w = rd_prev_word(r, p);
        if (w == (size_t)-1 || !(rd_ending(r, w, TSX_C_PERIOD_OF) == w ||
                                 rd_at(r, w, TSX_C_SELF_PROVINCE)))
            break;
        p = w;
    }
    while (p > 0 && r->s[p - 1] == ' ')
        p--;
    return r->mention_end && p == r->mention_end;
}

/* Whether the place at i comes right after "trong đó" (a comma or colon
 * between). */
static int after_carrier(const reader *r, size_t i)
{
    size_t p = i;
    while (p > 0 && strchr(" ,:", r->s[p - 1]))
        p--;
    return p < i && tsx_tag_start_ending(r->tags, p, TSX_C_CARRIER_PART) != (size_t)-1;
}

/* Whether a ';' ends a clause before i in its sentence. */
static int clause_before(const reader *r, size_t i)
{
    return memchr(r->s, ';', i) != NULL;
}

/* The province a district's report names as the subject's own place at
 * i ("tỷ lệ hộ nghèo toàn tỉnh Ninh Thuận"): the figures are the
 * province's (NULL: not so). */
static const ts_area *province_named(const reader *r, const tsx_entry *e, size_t i)
{
    const ts_area *prov = r->cx->province_of_district;
    if (!prov || !e->area || strcmp(e->area->slug, prov->slug) != 0)
        return NULL;
    /* ... or opening a clause as its subject ("6 tháng đầu năm 2025, tỉnh
     * Kiên Giang đón hơn 7 triệu lượt du khách"), not saying where the
     * place before it lies ("Phú Quốc (Kiên Giang)", "huyện X, tỉnh Y"). */
    return rd_subject_place(r, i) ||
                   (rd_opens_after(r, i, "(,;:") && !locates_place_before(r, i))
               ? prov
               : NULL;
}

/* Whether a phrase the block g[c] also is names, as the subject's part
 * (its ctx= met) right before its figure, an indicator: "793 hộ
 * nghèo/53.904 hộ, tỷ lệ 1,47%" is the poverty rate, though "tỷ lệ"
 * alone starts another subject ("tỷ lệ hộ có đất ở 98,56%"). */
static int subject_part_named(const reader *r, const tsx_tag *g, size_t k, size_t c, size_t i)
{
    size_t after = rd_skip_spaces(r, g[c].end);
    if (after >= r->n || !rd_digit((unsigned char)r->s[after]))
        return 0;
    for (size_t d = 0; d < k; d++) {
        const tsx_entry *e = g[d].e;
        if (d != c && g[d].end == g[c].end && e->cls == TSX_C_INDICATOR && e->ctx &&
            strcmp(e->ctx, "-") != 0 && strcmp(e->ctx, "*") != 0 && !(e->flags & TSX_POST) &&
            ctx_ok(r, e) && near_ok(r, e, i) && lead_ok(r, e, i) && not_after_ok(r, e, i))
            return 1;
    }
    return 0;
}

size_t rd_on_mention(reader *r, size_t i)
{
    size_t k;
    const tsx_tag *g = tsx_tags_at(r->tags, i, &k);
    frame *fr = &r->st[r->depth];
    size_t best_end = 0;
    /* Pending mentions (unit=...) of the longest length collect together. */
    const tsx_entry *pend[TSX_MAX_CAND];
    size_t np = 0;
    for (size_t c = 0; c < k; c++) {
        const tsx_entry *e = g[c].e;
        if (!tsx_entry_names(e))
            continue;
        if (best_end && g[c].end < best_end)
            break;
        if ((e->flags & (TSX_POST | TSX_ABOUT_ONLY)) || !ctx_ok(r, e) || !near_ok(r, e, i) ||
            !lead_ok(r, e, i) || !not_after_ok(r, e, i) || !before_place_ok(r, e, g[c].end))
            continue;
        if (e->cls == TSX_C_PLACE) {
            if (rank_scope(r, i))
                return g[c].end;
            /* A name several areas have ("huyện Phú Tân": An Giang's and
             * Cà Mau's) is the report's own when that is one of them. */
            int own = own_place(r, e);
            for (size_t d = c + 1; d < k && !own; d++)
                if (g[d].e->cls == TSX_C_PLACE && g[d].end == g[c].end && own_place(r, g[d].e)) {
                    e = g[d].e;
                    own = 1;
                }
            /* "... tỉnh Kiên Giang đón hơn 7 triệu lượt du khách. Trong
             * đó, TP Phú Quốc đón hơn 4,4 triệu lượt": parts by area,
             * each the whole of the indicator for its area. */
            if (fr->component_of && after_carrier(r, i)) {
                fr->component_of = NULL;
                fr->component_ent = NULL;
                r->after_part = 0;
            }
            /* "phường Kon Tum": a ward, not the province of that name. */
            int commune = rd_class_before(r, i, TSX_C_AREA_COMMUNE, 1);
            const ts_area *child = commune ? NULL : child_opening(r, g, k, c, i);
            if (child) {
                r->child_area = child;
                r->child_whole = r->depth == 0 && opens_sentence(r, i);
                fr->other_area = 0;
                return g[c].end;
            }
            const ts_area *prov = commune ? NULL : province_named(r, e, i);
            if (prov) {
                r->child_area = prov;
                /* As the subject of the sentence's first clause, it goes
                 * on in the paragraph ("... tỉnh Kiên Giang đón hơn 7
                 * triệu lượt du khách ... Tổng thu đạt hơn 29.000 tỉ
                 * đồng"), until the report's own area is named again. */
                r->child_whole = r->depth == 0 && !rd_subject_place(r, i) && !clause_before(r, i);
                fr->other_area = 0;
                return g[c].end;
            }
            /* The report's own area named again after another's
             * ("kinh tế cả nước tăng 5%, kinh tế tỉnh X tăng 10,27%"):
             * the figures are its own once more. */
            if (own && !commune && !locates_place_before(r, i)) {
                fr->other_area = 0;
                r->about_other = 0;
                if (r->depth == 0) {
                    r->child_area = NULL;
                    r->child_whole = 0;
                }
            }
            if (!own || commune) {
                r->place_end = g[c].end + 1;
                /* A commune's figures are never the report's area's. */
                if (commune)
                    fr->other_area = 1;
                /* Another area as the clause's subject: "(cả nước dự báo
                 * tăng trên 5%)", "; Gia Lai tăng 3,02%". */
                if (rd_opens_after(r, i, "(,;:"))
                    fr->other_area = 1;
                /* "Đối với tỉnh Y, ...": opened by a word that names what
                 * the clause is about. */
                size_t w = rd_prev_word(r, i);
                size_t lead = rd_ending(r, w, TSX_C_AREA_LEAD);
                if (lead != (size_t)-1 && rd_opens_after(r, lead, "(,;:"))
                    r->about_other = 1;
                /* Or the subject's own: "tăng trưởng kinh tế (của) cả
                 * nước đạt 6,8%". */
                size_t p = w != (size_t)-1 && rd_ending(r, w, TSX_C_PERIOD_OF) == w ? w : i;
                while (p > 0 && r->s[p - 1] == ' ')
                    p--;
                if (r->mention_end && p == r->mention_end)
                    fr->other_area = 1;
                /* ... or a growth's: "trong khi tăng trưởng của cả nước
                 * chỉ khoảng 4%". */
                size_t g = rd_prev_word(r, p);
                if (p != i && g != (size_t)-1 && rd_ending(r, g, TSX_C_VERB_GROWTH) != (size_t)-1)
                    fr->other_area = 1;
            }
            return g[c].end;
        }
        if (e->cls == TSX_C_BLOCK && subject_part_named(r, g, k, c, i))
            continue;
        if (e->cls == TSX_C_BLOCK) {
            fr->ind = NULL;
            fr->ent = NULL;
            fr->npend = 0;
            fr->suppress = 2;
            /* A blocking phrase as a heading ("Trâu, bò: ... đàn trâu đạt
             * 5.480 con") blocks only where it stands, as one with ctx=. */
            size_t after = rd_skip_spaces(r, g[c].end);
            fr->part_block = e->ctx != NULL || (after < r->n && r->s[after] == ':');
            if (e->flags & TSX_HOLDS) {
                r->topic = NULL;
                r->topic_held = 1;
            }
            return g[c].end;
        }
        /* After a phrase that blocks only where it stands ("Ngành công
         * nghiệp" after GRDP), one naming its own indicator outright is the
         * subject: "... khi chỉ số sản xuất tăng 22,03%". */
        if (fr->suppress == 2 && !(fr->part_block && !e->ctx && e->cls == TSX_C_INDICATOR))
            return g[c].end;
        /* "chiếm 64,35% trong GRDP (năm 2018 là 63,21%)", "chiếm 0,9% GDP,
         * tăng 5,9%": the whole a share is of, not the subject of what
         * follows; nor what a part adds to ("đóng góp 3,21 điểm phần trăm
         * vào tăng trưởng GRDP ... (năm 2022 tăng 9,21%)"). */
        size_t w = rd_prev_word(r, i);
        if ((rd_word_of(r, w, TSX_C_WITHIN) && rd_after_number(r, w)) ||
            (right_after_percent(r, i) && !own_verb_after(r, g[c].end)))
            return g[c].end;
        if (contributed_to(r, w))
            return g[c].end;
        /* "khu vực công nghiệp - xây dựng tiếp tục vượt khu vực nông, lâm
         * nghiệp và thủy sản ... với mức tăng 9,34%": what the subject
         * overtakes is no subject. */
        if (fr->ind && rd_word_of(r, w, TSX_C_VERB_EXCEED) && !rd_after_number(r, w))
            return g[c].end;
        const ts_indicator *ind = rd_indicator(r, e);
        if (!ind)
            continue;
        /* "tỷ trọng nông nghiệp trong GDP giảm từ 40,29% ...": the whole
         * of the share named before it. */
        if (rd_word_of(r, w, TSX_C_WITHIN) && rd_part_of(fr->ind, ind))
            return g[c].end;
        if (e->unit) {
            pend[np++] = e;
            best_end = g[c].end;
            name_in_order(r, e, ind);
            continue;
        }
        if (np > 0)
            break;
        rd_set_current(r, e, restated_narrower(r, ind, g[c].end));
        fr->suppress = 0;
        r->mention_end = g[c].end;
        r->mention_start = i;
        return g[c].end;
    }
    if (np > 0) {
        memcpy(fr->pend, pend, np * sizeof pend[0]);
        fr->npend = np;
        return best_end;
    }
    return 0;
}

/* Does entry e, found w words after the figure at i, name it? */
static int names_figure(const reader *r, const quantity *q, const tsx_entry *e, size_t i,
                        size_t end, size_t right_after)
{
    /* A phrase that begins with the unit word and goes on past it
     * ("300 doanh nghiệp đăng ký thành lập mới") names the figure as if it
     * came right after the unit. */
    if (q->has_unit && i == q->unit_start && end > q->end)
        i = right_after;
    if ((e->flags & TSX_ABOUT_ONLY) || !ctx_ok(r, e) || !near_ok(r, e, i) ||
        !before_ok(r, e, q->start))
        return 0;
    /* Only phrases made for it may stand further off; others must follow
     * the unit at once ("2.000 ha cây ăn quả"). */
    if ((!(e->flags & TSX_POST) || e->before) && i != right_after)
        return 0;
    /* After a percentage only a phrase made to follow one names it ("60,6%
     * trường học ... đạt chuẩn quốc gia"), not a whole it is a share of
     * ("chiếm 0,9% GDP"). */
    if (q->has_unit && strcmp(q->um.unit, "pct") == 0 && !(e->flags & TSX_POST))
        return 0;
    const ts_indicator *ind = rd_indicator(r, e);
    /* A count with no unit word is named by the phrase right after it
     * ("205 Quyết định"). */
    int implied = !q->has_unit && (e->flags & TSX_POST) && i == right_after &&
                  strcmp(ind ? ind->unit : "pct", "pct") != 0;
    if (!ind || (!implied && !rd_compatible(q, ind)))
        return 0;
    return !e->unit || (q->has_unit && strcmp(e->unit, q->um.unit) == 0);
}

/* A blocking phrase that starts inside the phrase [i, end) and reaches
 * past it: "lượt khách Trung Quốc" names the visitors of one market. */
static const tsx_entry *block_across(const reader *r, size_t i, size_t end)
{
    for (size_t j = i + 1; j < end; j++) {
        if (!tsx_is_word((unsigned char)r->s[j]) || tsx_is_word((unsigned char)r->s[j - 1]))
            continue;
        size_t k;
        const tsx_tag *g = tsx_tags_at(r->tags, j, &k);
        for (size_t c = 0; c < k; c++)
            if (g[c].e->cls == TSX_C_BLOCK && g[c].end > end)
                return g[c].e;
    }
    return NULL;
}

/* A phrase naming the figure right after it ("26 trường đạt chuẩn quốc
 * gia", "67 vụ tai nạn giao thông"), or a blocking one ("600 hộ kinh
 * doanh"), within a few words of the clause; a list of figures before a
 * shared phrase is crossed ("91 xã, 118 thôn, làng đạt chuẩn nông thôn
 * mới"). */
static const tsx_entry *mention_after(const reader *r, const quantity *q)
{
    size_t right_after = rd_skip_spaces(r, q->end);
    /* A unit that is a word may begin the phrase ("300 doanh nghiệp đăng
     * ký thành lập mới"); '%' is none ("60,6% trường học ... đạt chuẩn
     * quốc gia"). */
    size_t i = q->has_unit && tsx_is_word((unsigned char)r->s[q->unit_start]) ? q->unit_start
                                                                               : right_after;
    int in_list = 0;
    /* After a percentage, only the words right after it ("60,6% trường
     * học"): further on they are the next clause's ("tăng 2,19% và thuế
     * sản phẩm ..."). */
    size_t reach = q->has_unit && strcmp(q->um.unit, "pct") == 0 ? 1 : 7;
    for (size_t w = 0; w < reach && i < r->n; w++) {
        if (!tsx_is_word((unsigned char)r->s[i]))
            break;
        /* "đàn lợn gần 10.000 con và đàn gia cầm ...": what "và" opens is
         * the list's next item, not a name of this figure. */
        if (w > 0 && rd_at(r, i, TSX_C_AND))
            break;
        size_t k;
        const tsx_tag *g = tsx_tags_at(r->tags, i, &k);
        for (size_t c = 0; c < k; c++) {
            const tsx_entry *e = g[c].e;
            if (e->cls == TSX_C_BLOCK && w <= 1)
                return e;
            if (e->cls == TSX_C_INDICATOR && names_figure(r, q, e, i, g[c].end, right_after)) {
                const tsx_entry *b = block_across(r, i, g[c].end);
                return b ? b : e;
            }
        }
        /* Next word (stay inside the clause, or the list of figures a
         * comma and a figure open). */
        i = rd_word_end(r, i);
        while (i < r->n && (r->s[i] == ' ' || r->s[i] == '/'))
            i++;
        if (i < r->n && r->s[i] == ',') {
            size_t j = rd_skip_spaces(r, i + 1);
            in_list |= j < r->n && rd_digit((unsigned char)r->s[j]);
            if (in_list)
                i = j;
        }
    }
    return NULL;
}

/* A unit that names its indicator ("triệu đồng/người" of GRDP is GRDP per
 * head; "đón 450.000 du khách"): the figure is that indicator's when the
 * subject allows, or when nothing is the subject yet. */
static void unit_names_subject(reader *r, const quantity *q)
{
    frame *fr = &r->st[r->depth];
    const tsx_entry *u = q->unit_entry;
    if (!u || !u->names || fr->suppress || !ctx_ok(r, u))
        return;
    const ts_indicator *ind = ts_catalog_find(r->cat, u->names);
    if (ind && ind != fr->ind && rd_compatible(q, ind)) {
        fr->ind = ind;
        r->topic = ind;
        r->topic_growth = 0; /* named by a unit, not by a phrase of growth */
    }
}

/* "tăng 4% về số doanh nghiệp và tăng 8% về vốn đăng ký": "về" and a
 * phrase right after a percentage say what it measures. */
static void about_after(reader *r, const quantity *q)
{
    size_t e, j = rd_skip_spaces(r, q->end);
    if (!q->has_unit || strcmp(q->um.unit, "pct") != 0 || !(e = rd_at(r, j, TSX_C_ABOUT)))
        return;
    j = rd_skip_spaces(r, e);
    size_t k;
    const tsx_tag *g = tsx_tags_at(r->tags, j, &k);
    for (size_t c = 0; c < k; c++) {
        const tsx_entry *m = g[c].e;
        if (m->cls != TSX_C_INDICATOR || !ctx_ok(r, m) || !near_ok(r, m, j))
            continue;
        const ts_indicator *ind = rd_indicator(r, m);
        if (ind) {
            rd_set_current(r, m, ind);
            r->st[r->depth].suppress = 0;
            return;
        }
    }
}

int rd_place_after_is_other(const reader *r, const quantity *q)
{
    size_t e, j = rd_skip_spaces(r, q->end);
    if (!(e = rd_at(r, j, TSX_C_AREA_AT)))
        return 0;
    j = rd_skip_spaces(r, e);
    size_t k;
    const tsx_tag *g = tsx_tags_at(r->tags, j, &k);
    for (size_t c = 0; c < k; c++)
        if (g[c].cls == TSX_C_PLACE && g[c].e->area)
            return !own_place(r, g[c].e);
    return 0;
}

/* "diện tích lúa cả tỉnh gieo trồng đạt 17,3 nghìn ha": an area named
 * among the eight words before the figure says what was sown. */
static int area_named_before(const reader *r, size_t qstart)
{
    return rd_class_before(r, qstart, TSX_C_EXTENT, 8);
}

int rd_resolve_subject(reader *r, quantity *q, int *by_after)
{
    frame *fr = &r->st[r->depth];
    *by_after = 0;
    unit_names_subject(r, q);
    /* A mention waiting for the figure's unit ("cao su 79.018 ha"); one
     * with before= only for a figure after those words that names nothing
     * after it nor an area before it ("Vụ Đông xuân, toàn tỉnh gieo trồng
     * được 6.567 ha, ...", not "... gieo cấy 4.348 ha lúa", nor "diện
     * tích lúa cả tỉnh gieo trồng đạt 17,3 nghìn ha"). */
    if (fr->npend && q->has_unit) {
        size_t j = rd_skip_spaces(r, q->end);
        int bare = (j >= r->n || strchr(",;.:(", r->s[j])) && !area_named_before(r, q->start);
        for (size_t k = 0; k < fr->npend; k++) {
            const tsx_entry *e = fr->pend[k];
            if (e->before && (!bare || !before_ok(r, e, q->start)))
                continue;
            if (strcmp(e->unit, q->um.unit) == 0) {
                rd_set_current(r, e, rd_indicator(r, e));
                /* Named in this clause after a comma ended the blocked
                 * one's ("..., trong khi du lịch đón 6,5 triệu lượt
                 * khách"): its own subject. */
                if (fr->suppress == 1 && r->depth == 0)
                    fr->suppress = 0;
                break;
            }
        }
    }
    about_after(r, q);
    const tsx_entry *after = mention_after(r, q);
    if (!after)
        return 1;
    if (after->cls == TSX_C_BLOCK) {
        /* "25 doanh nghiệp tạm ngừng hoạt động, tăng 78,6%": the blocked
         * thing is the clause's subject now; one that holds keeps the
         * phrases after it its own ("36 dự án trong nước, tổng vốn đăng
         * ký 3.625 tỷ đồng"), but not past the brackets it stands in
         * ("41 dự án (trong đó có 6 dự án FDI), tổng vốn ..."). */
        fr->suppress = fr->suppress ? fr->suppress : 1;
        if ((after->flags & TSX_HOLDS) && r->depth == 0) {
            r->topic = NULL;
            r->topic_held = 1;
        }
        return 0;
    }
    const ts_indicator *ai = rd_indicator(r, after);
    if (!q->has_unit) {
        q->has_unit = 1;
        q->um.unit = ai->unit;
        q->um.factor = 1;
    }
    /* A phrase after the figure with its own verb before it ("trồng mới
     * 3.000 ha rừng") stands even after a blocking phrase. */
    if (after->before)
        fr->suppress = 0;
    if (fr->ind && ai == fr->ind)
        fr->own = 1; /* named again right here: "(... ban hành 315 văn bản)" */
    /* "Vụ đông xuân năm nay toàn tỉnh gieo trồng được 57.464 ha cây hàng
     * năm": the whole named after the figure restates the narrower
     * subject the clause opened with, the season's. */
    for (size_t k = 0; !fr->ind && k < fr->npend; k++) {
        const ts_indicator *p = rd_indicator(r, fr->pend[k]);
        if (p && rd_part_of(p, ai) && rd_compatible(q, p) && strcmp(p->unit, ai->unit) == 0) {
            rd_set_current(r, fr->pend[k], p);
            fr->suppress = 0;
            *by_after = 1;
            return 1;
        }
    }
    /* ... and so does one naming another subject in a clause that named
     * none of its own ("12.582 con trâu; 34.880 con bò"). */
    if ((!fr->ind || !rd_compatible(q, fr->ind) || (fr->weak && ai != fr->ind) ||
         kind_after(after, ai, fr->ind)) &&
        fr->suppress != 2) {
        rd_set_current(r, after, ai);
        fr->suppress = 0;
        *by_after = 1;
    }
    return 1;
}
