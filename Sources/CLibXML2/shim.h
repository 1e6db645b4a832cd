// libxml2's HTML parser and XPath, for reading RealmEye's player pages (the only target touching libxml2).
#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/tree.h>

/* The parser options as one int: HTMLParserOption is an enum Swift imports awkwardly to combine. */
static inline int clibxml2_html_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NOBLANKS;
}

/* xmlFree is a global function-pointer variable, which Swift 6 refuses to read as shared mutable state. */
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }
#endif
