// SHA-256 (FIPS 180-4), for the handout's Content-Security-Policy, which names its
// inline script and style by hash. Small and dependency-free.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace argmap {

/// The digest of `data`.
std::array<std::uint8_t, 32> sha256(std::string_view data);

/// Standard base64 (with padding) of `data`.
std::string base64(std::string_view data);

/// "sha256-<base64 digest>", as a CSP source expression wants it.
std::string csp_hash(std::string_view data);

}  // namespace argmap
