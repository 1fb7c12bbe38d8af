// Small questions every writer asks of an element, whether statement or argument:
// its name for readers, its text, proponent, section and place in the source.
#pragma once

#include <string>
#include <string_view>

#include "model.h"

namespace argmap {

/// What a reader calls the element: `[Title]` for a statement, `<Title>` for an argument;
/// an untitled statement shows the start of its text in quotes.
std::string display_name(const Model& model, ElementRef element);

/// `[title]` for a statement, `<title>` for an argument: as the map writes them.
std::string bracketed_title(ElementKind kind, std::string_view title);

/// The element's title, or for an untitled statement the start of its text in quotes.
std::string plain_name(const Model& model, ElementRef element);

/// The element's text (statement text or argument description).
std::string_view element_text(const Model& model, ElementRef element);

/// The element's proponent id (kNoId when none).
Id element_proponent(const Model& model, ElementRef element);

/// The element's section id (kNoId when none).
Id element_section(const Model& model, ElementRef element);

/// Whether the element is a statement marked as evidence.
bool is_evidence(const Model& model, ElementRef element);

/// The element's citations.
const std::vector<Citation>& element_citations(const Model& model, ElementRef element);

/// The position of an element's first occurrence (invalid when none).
Location first_location(const Model& model, ElementRef element);

/// Orders elements by where they first occur (then statements before arguments, then id).
bool source_order_less(const Model& model, ElementRef a, ElementRef b);

/// Every statement and argument, in source order.
std::vector<ElementRef> all_elements(const Model& model);

/// A short stable key for pages and data: "s3" for statement 3, "a0" for argument 0.
std::string element_key(ElementRef element);

}  // namespace argmap
