// libxml2's HTML parser and XPath, for reading RealmEye's player pages (the only target touching
// libxml2). The library is opened with dlopen on the first page parsed, not linked: libxml2 brings
// ICU and libstdc++ with it (about 1.8 MiB resident), which a bot that never verifies anyone, and
// every bot until its first verification, does not need. The headers still give the types.
#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/tree.h>

/* The libxml2 entry points the parser calls, resolved once. */
struct clibxml2_api {
    htmlDocPtr (*htmlReadMemory)(const char *, int, const char *, const char *, int);
    void (*xmlFreeDoc)(xmlDocPtr);
    xmlXPathContextPtr (*xmlXPathNewContext)(xmlDocPtr);
    void (*xmlXPathFreeContext)(xmlXPathContextPtr);
    xmlXPathObjectPtr (*xmlXPathEvalExpression)(const xmlChar *, xmlXPathContextPtr);
    void (*xmlXPathFreeObject)(xmlXPathObjectPtr);
    xmlChar *(*xmlNodeGetContent)(const xmlNode *);
    xmlFreeFunc *xmlFree;
    char error[256];
};

/* The one table, a function-local static: Swift's importer emits the inline functions it calls
   but not a header's file-scope variables. */
static inline struct clibxml2_api *clibxml2_table(void) {
    static struct clibxml2_api table;
    return &table;
}
#define clibxml2_api (*clibxml2_table())

#define CLIBXML2_RESOLVE(handle, name) \
    if (!(*(void **)&clibxml2_api.name = dlsym(handle, #name))) { \
        snprintf(clibxml2_api.error, sizeof clibxml2_api.error, "libxml2.so.2 lacks %s", #name); return; }

static void clibxml2_load_once(void) {
    void *handle = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *reason = dlerror();
        snprintf(clibxml2_api.error, sizeof clibxml2_api.error, "%s", reason ? reason : "libxml2.so.2 not found");
        return;
    }
    CLIBXML2_RESOLVE(handle, htmlReadMemory)
    CLIBXML2_RESOLVE(handle, xmlFreeDoc)
    CLIBXML2_RESOLVE(handle, xmlXPathNewContext)
    CLIBXML2_RESOLVE(handle, xmlXPathFreeContext)
    CLIBXML2_RESOLVE(handle, xmlXPathEvalExpression)
    CLIBXML2_RESOLVE(handle, xmlXPathFreeObject)
    CLIBXML2_RESOLVE(handle, xmlNodeGetContent)
    CLIBXML2_RESOLVE(handle, xmlFree)
}

/* Loads libxml2 once (thread-safe). NULL when it is ready, else why it could not be loaded. */
static inline const char *clibxml2_load(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, clibxml2_load_once);
    return clibxml2_api.error[0] ? clibxml2_api.error : NULL;
}

/* The parser options as one int: HTMLParserOption is an enum Swift imports awkwardly to combine. */
static inline int clibxml2_html_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NOBLANKS;
}

/* The calls HTMLDocument makes, through the loaded library (call clibxml2_load first). */
static inline htmlDocPtr clibxml2_read_html(const char *bytes, int count) {
    return clibxml2_api.htmlReadMemory(bytes, count, NULL, "UTF-8", clibxml2_html_options());
}
static inline void clibxml2_free_doc(htmlDocPtr document) { clibxml2_api.xmlFreeDoc(document); }
static inline xmlXPathContextPtr clibxml2_xpath_context(htmlDocPtr document) {
    return clibxml2_api.xmlXPathNewContext(document);
}
static inline void clibxml2_free_xpath_context(xmlXPathContextPtr context) { clibxml2_api.xmlXPathFreeContext(context); }
static inline xmlXPathObjectPtr clibxml2_xpath_eval(const char *xpath, xmlXPathContextPtr context) {
    return clibxml2_api.xmlXPathEvalExpression((const xmlChar *)xpath, context);
}
static inline void clibxml2_free_xpath_object(xmlXPathObjectPtr object) { clibxml2_api.xmlXPathFreeObject(object); }
static inline xmlChar *clibxml2_node_content(xmlNodePtr node) { return clibxml2_api.xmlNodeGetContent(node); }
/* xmlFree is a global function-pointer variable, which Swift 6 refuses to read as shared mutable state. */
static inline void clibxml2_free(void *pointer) { (*clibxml2_api.xmlFree)(pointer); }
#endif
