/* Private to libts: the built-in labels without a ts_labels of one's own,
 * for the library's own output (a chart's axis spells out its unit). */
#ifndef TSI_LABELS_IMPL_H
#define TSI_LABELS_IMPL_H

/* The English words of a canonical unit ("billion VND" for bn_vnd) from
 * the built-in labels.tsv, or NULL when it has none.  Thread-safe; the
 * text lives as long as the process. */
const char *tsi_unit_words_en(const char *unit);

#endif
