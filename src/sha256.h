// SHA-256 digests and base64, for the handout's Content-Security-Policy, which names
// its inline script and style by hash. Both come from OpenSSL's libcrypto.
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
