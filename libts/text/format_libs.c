/* The published formats' libraries, looked up with dlopen at their first
 * use (format_libs.h says why they are not linked).  Their sonames come
 * from the build (the Makefile reads them beside the headers compiled
 * against), so a table always matches the library it is filled from. */
#include <dlfcn.h>
#include <pthread.h>
#include <string.h>
#include "text/format_libs.h"

#ifndef TS_POPPLER_GLIB_SO
#define TS_POPPLER_GLIB_SO "libpoppler-glib.so.8"
#endif
#ifndef TS_LIBZIP_SO
#define TS_LIBZIP_SO "libzip.so.4"
#endif
#ifndef TS_LIBXML2_SO
#define TS_LIBXML2_SO "libxml2.so.2"
#endif

int tsx_format_lib_bind(const char *soname, const tsx_lib_symbol *syms, size_t n, void *table,
                        void **handle, ts_error *err)
{
    void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *why = dlerror();
        return ts_error_set(err, TS_ENOTFOUND, "%s cannot be loaded: %s", soname,
                            why ? why : "not found");
    }
    for (size_t i = 0; i < n; i++) {
        void *sym = dlsym(h, syms[i].name);
        if (!sym) {
            dlclose(h);
            return ts_error_set(err, TS_ENOTFOUND, "%s has no %s (another version than tskit was built for)",
                                soname, syms[i].name);
        }
        /* ISO C has no cast between data and function pointers; POSIX
         * makes them the same size, so the bytes are copied. */
        memcpy((char *)table + syms[i].offset, &sym, sizeof sym);
    }
    *handle = h;
    return TS_OK;
}

/* Poppler reports problems in a file on stderr unless an error callback
 * is set; GLib's interface does not wrap Poppler's setErrorCallback, so it
 * is looked up by its C++ name (when missing, Poppler stays as it is). */
static void quiet(int category, long long pos, const char *msg)
{
    (void)category;
    (void)pos;
    (void)msg;
}

static void silence_poppler(void *handle)
{
    typedef void (*set_fn)(void (*)(int, long long, const char *));
    void *sym = dlsym(handle, "_Z16setErrorCallbackPFv13ErrorCategoryxPKcE");
    if (sym) {
        set_fn set;
        memcpy(&set, &sym, sizeof set);
        set(quiet);
    }
}

#define SYM(type, field, name) {name, offsetof(type, field)}

static const tsx_lib_symbol poppler_syms[] = {
    SYM(tsx_poppler, document_new_from_bytes, "poppler_document_new_from_bytes"),
    SYM(tsx_poppler, document_get_n_pages, "poppler_document_get_n_pages"),
    SYM(tsx_poppler, document_get_page, "poppler_document_get_page"),
    SYM(tsx_poppler, page_get_size, "poppler_page_get_size"),
    SYM(tsx_poppler, page_get_text, "poppler_page_get_text"),
    SYM(tsx_poppler, page_get_text_layout, "poppler_page_get_text_layout"),
    SYM(tsx_poppler, error_quark, "poppler_error_quark"),
    SYM(tsx_poppler, bytes_new_static, "g_bytes_new_static"),
    SYM(tsx_poppler, bytes_unref, "g_bytes_unref"),
    SYM(tsx_poppler, object_unref, "g_object_unref"),
    SYM(tsx_poppler, error_free, "g_error_free"),
    SYM(tsx_poppler, free, "g_free"),
};

static const tsx_lib_symbol zip_syms[] = {
    SYM(tsx_libzip, error_init, "zip_error_init"),
    SYM(tsx_libzip, error_fini, "zip_error_fini"),
    SYM(tsx_libzip, error_code_zip, "zip_error_code_zip"),
    SYM(tsx_libzip, error_strerror, "zip_error_strerror"),
    SYM(tsx_libzip, source_buffer_create, "zip_source_buffer_create"),
    SYM(tsx_libzip, source_free, "zip_source_free"),
    SYM(tsx_libzip, open_from_source, "zip_open_from_source"),
    SYM(tsx_libzip, discard, "zip_discard"),
    SYM(tsx_libzip, name_locate, "zip_name_locate"),
    SYM(tsx_libzip, stat_init, "zip_stat_init"),
    SYM(tsx_libzip, stat_index, "zip_stat_index"),
    SYM(tsx_libzip, get_error, "zip_get_error"),
    SYM(tsx_libzip, fopen_index, "zip_fopen_index"),
    SYM(tsx_libzip, fread, "zip_fread"),
    SYM(tsx_libzip, file_get_error, "zip_file_get_error"),
    SYM(tsx_libzip, fclose, "zip_fclose"),
};

static const tsx_lib_symbol xml_syms[] = {
    SYM(tsx_libxml, reader_for_memory, "xmlReaderForMemory"),
    SYM(tsx_libxml, set_error_handler, "xmlTextReaderSetStructuredErrorHandler"),
    SYM(tsx_libxml, read, "xmlTextReaderRead"),
    SYM(tsx_libxml, next, "xmlTextReaderNext"),
    SYM(tsx_libxml, node_type, "xmlTextReaderNodeType"),
    SYM(tsx_libxml, is_empty_element, "xmlTextReaderIsEmptyElement"),
    SYM(tsx_libxml, const_local_name, "xmlTextReaderConstLocalName"),
    SYM(tsx_libxml, const_namespace_uri, "xmlTextReaderConstNamespaceUri"),
    SYM(tsx_libxml, const_value, "xmlTextReaderConstValue"),
    SYM(tsx_libxml, move_to_first_attribute, "xmlTextReaderMoveToFirstAttribute"),
    SYM(tsx_libxml, move_to_next_attribute, "xmlTextReaderMoveToNextAttribute"),
    SYM(tsx_libxml, move_to_element, "xmlTextReaderMoveToElement"),
    SYM(tsx_libxml, free_reader, "xmlFreeTextReader"),
};

#define N_OF(a) (sizeof(a) / sizeof(a)[0])

/* One library's table, filled once: a failed load is tried again at the
 * next file (and reports its error there too). */
typedef struct {
    pthread_mutex_t lock;
    int loaded;
    void *handle;
} lib_state;

static const void *load(lib_state *st, const char *what, const char *soname,
                        const tsx_lib_symbol *syms, size_t n, void *table,
                        void (*on_load)(void *handle), ts_error *err)
{
    pthread_mutex_lock(&st->lock);
    if (!st->loaded) {
        ts_error why = {0};
        if (tsx_format_lib_bind(soname, syms, n, table, &st->handle, &why) == TS_OK) {
            if (on_load)
                on_load(st->handle);
            st->loaded = 1;
        } else {
            ts_error_set(err, TS_ENOTFOUND, "reading %s needs %s", what, why.msg);
        }
    }
    int ok = st->loaded;
    pthread_mutex_unlock(&st->lock);
    return ok ? table : NULL;
}

const tsx_poppler *tsx_poppler_lib(ts_error *err)
{
    static lib_state st = {PTHREAD_MUTEX_INITIALIZER, 0, NULL};
    static tsx_poppler table;
    return load(&st, "PDF", TS_POPPLER_GLIB_SO, poppler_syms, N_OF(poppler_syms), &table,
                silence_poppler, err);
}

const tsx_libzip *tsx_zip_lib(ts_error *err)
{
    static lib_state st = {PTHREAD_MUTEX_INITIALIZER, 0, NULL};
    static tsx_libzip table;
    return load(&st, "Word and OpenDocument files", TS_LIBZIP_SO, zip_syms, N_OF(zip_syms),
                &table, NULL, err);
}

const tsx_libxml *tsx_xml_lib(ts_error *err)
{
    static lib_state st = {PTHREAD_MUTEX_INITIALIZER, 0, NULL};
    static tsx_libxml table;
    return load(&st, "Word and OpenDocument files", TS_LIBXML2_SO, xml_syms, N_OF(xml_syms),
                &table, NULL, err);
}
