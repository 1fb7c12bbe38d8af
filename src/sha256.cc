#include "sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace argmap {

std::array<std::uint8_t, 32> sha256(std::string_view data) {
  std::array<std::uint8_t, 32> digest{};
  unsigned int size = 0;
  // EVP_Digest fails only when libcrypto itself is broken (no memory, no provider).
  if (EVP_Digest(data.data(), data.size(), digest.data(), &size, EVP_sha256(), nullptr) != 1 ||
      size != digest.size())
    throw std::runtime_error("libcrypto could not compute a SHA-256 digest");
  return digest;
}

std::string base64(std::string_view data) {
  // EVP_EncodeBlock writes 4 characters per 3 bytes (rounded up) plus a NUL.
  std::string out(4 * ((data.size() + 2) / 3) + 1, '\0');
  const int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                      reinterpret_cast<const unsigned char*>(data.data()),
                                      static_cast<int>(data.size()));
  out.resize(static_cast<std::size_t>(written));
  return out;
}

std::string csp_hash(std::string_view data) {
  const auto digest = sha256(data);
  return "sha256-" + base64({reinterpret_cast<const char*>(digest.data()), digest.size()});
}

}  // namespace argmap
