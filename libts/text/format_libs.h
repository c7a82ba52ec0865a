/* Private to the readers of published files: the libraries behind them
 * (Poppler's GLib interface for PDF, libzip and libxml2 for Word and
 * OpenDocument), loaded when the first file that needs one is read.
 * Linked, they would bring some sixty shared libraries (cairo, GIO, ICU,
 * NSS, OpenSSL...) into every start of every tool, most of its start-up
 * time, although most runs read plain text. */
#ifndef TS_FORMAT_LIBS_H
#define TS_FORMAT_LIBS_H

#include <libxml/xmlreader.h>
#include <poppler.h>
#include <zip.h>
#include <stddef.h>
#include "ts_error.h"

typedef struct {
    PopplerDocument *(*document_new_from_bytes)(GBytes *bytes, const char *password,
                                                GError **error);
    int (*document_get_n_pages)(PopplerDocument *doc);
    PopplerPage *(*document_get_page)(PopplerDocument *doc, int index);
    void (*page_get_size)(PopplerPage *page, double *width, double *height);
    char *(*page_get_text)(PopplerPage *page);
    gboolean (*page_get_text_layout)(PopplerPage *page, PopplerRectangle **rects,
                                     guint *n_rects);
    GQuark (*error_quark)(void);
    GBytes *(*bytes_new_static)(gconstpointer data, gsize size);
    void (*bytes_unref)(GBytes *bytes);
    void (*object_unref)(gpointer object);
    void (*error_free)(GError *error);
    void (*free)(gpointer mem);
} tsx_poppler;

typedef struct {
    void (*error_init)(zip_error_t *ze);
    void (*error_fini)(zip_error_t *ze);
    int (*error_code_zip)(const zip_error_t *ze);
    const char *(*error_strerror)(zip_error_t *ze);
    zip_source_t *(*source_buffer_create)(const void *data, zip_uint64_t len, int freep,
                                          zip_error_t *ze);
    void (*source_free)(zip_source_t *src);
    zip_t *(*open_from_source)(zip_source_t *src, int flags, zip_error_t *ze);
    void (*discard)(zip_t *za);
    zip_int64_t (*name_locate)(zip_t *za, const char *name, zip_flags_t flags);
    void (*stat_init)(zip_stat_t *st);
    int (*stat_index)(zip_t *za, zip_uint64_t index, zip_flags_t flags, zip_stat_t *st);
    zip_error_t *(*get_error)(zip_t *za);
    zip_file_t *(*fopen_index)(zip_t *za, zip_uint64_t index, zip_flags_t flags);
    zip_int64_t (*fread)(zip_file_t *zf, void *buf, zip_uint64_t n);
    zip_error_t *(*file_get_error)(zip_file_t *zf);
    int (*fclose)(zip_file_t *zf);
} tsx_libzip;

typedef struct {
    xmlTextReaderPtr (*reader_for_memory)(const char *buffer, int size, const char *url,
                                          const char *encoding, int options);
    void (*set_error_handler)(xmlTextReaderPtr r, xmlStructuredErrorFunc f, void *arg);
    int (*read)(xmlTextReaderPtr r);
    int (*next)(xmlTextReaderPtr r);
    int (*node_type)(xmlTextReaderPtr r);
    int (*is_empty_element)(xmlTextReaderPtr r);
    const xmlChar *(*const_local_name)(xmlTextReaderPtr r);
    const xmlChar *(*const_namespace_uri)(xmlTextReaderPtr r);
    const xmlChar *(*const_value)(xmlTextReaderPtr r);
    int (*move_to_first_attribute)(xmlTextReaderPtr r);
    int (*move_to_next_attribute)(xmlTextReaderPtr r);
    int (*move_to_element)(xmlTextReaderPtr r);
    void (*free_reader)(xmlTextReaderPtr r);
} tsx_libxml;

/* Each returns the library's functions, loading it on the first call
 * (later calls return what the first successful one loaded), or NULL with
 * err set (TS_ENOTFOUND) when the library or one of its functions is
 * missing.  Safe from several threads. */
const tsx_poppler *tsx_poppler_lib(ts_error *err);
const tsx_libzip *tsx_zip_lib(ts_error *err);
const tsx_libxml *tsx_xml_lib(ts_error *err);

/* The loader behind them: one function of a table, by its name in the
 * library and its place in the table. */
typedef struct {
    const char *name;
    size_t offset;
} tsx_lib_symbol;

/* Opens the library named soname and fills the n function pointers of
 * table from it.  TS_OK, or TS_ENOTFOUND with err set (the library
 * closed again). */
int tsx_format_lib_bind(const char *soname, const tsx_lib_symbol *syms, size_t n, void *table,
                        void **handle, ts_error *err);

#endif
