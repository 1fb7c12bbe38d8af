// Abstract frameworks in the field's interchange formats: ICCMA 2023 (`p af N`,
// one `a b` attack per line) and ASPARTIX facts (`arg(a).` `att(a,b).`), read and written.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "diagnostic.h"
#include "framework.h"

namespace argmap {

/// Reads ICCMA 2023 text: `#` comment lines, then `p af N`, then one attack `a b`
/// (1 <= a, b <= N) per line. Node i is argument i+1; `names` stays empty. Every
/// malformed line is an error at its exact column (file index `file`); nullopt then.
std::optional<NamedFramework> read_iccma(std::string_view text, std::uint32_t file,
                                         Diagnostics& diagnostics);

/// Reads ASPARTIX facts. Arguments are numbered in order of their `arg` facts;
/// names may be bare (`a1`) or quoted (`"Veto concern"`); `%` starts a comment.
std::optional<NamedFramework> read_apx(std::string_view text, std::uint32_t file,
                                       Diagnostics& diagnostics);

/// read_apx for paths ending in `.apx`, read_iccma otherwise.
std::optional<NamedFramework> read_framework(std::string_view path, std::string_view text,
                                             std::uint32_t file, Diagnostics& diagnostics);

/// The name of node `n`: names[n], or its ICCMA number n+1 when names is empty.
std::string node_name(const NamedFramework& framework, NodeId n);

/// ICCMA 2023 text of the attacks; with names, `# N name` comment lines map the
/// numbers back. Supports and premises have no place in the format and are left out.
std::string write_iccma(const NamedFramework& framework);

/// ASPARTIX facts of the attacks; names that are not plain lower-case identifiers
/// or numbers are quoted.
std::string write_apx(const NamedFramework& framework);

}  // namespace argmap
