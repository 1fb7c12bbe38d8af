// Skipping destruction at exit, for the CLI only: a command that is about to end
// hands its large data here instead of freeing it object by object.
#pragma once

#include <type_traits>
#include <utility>
#include <vector>

namespace argmap::cli {

/// Keeps `value` alive until the process exits, never destroying it. Freeing a
/// 50k-statement model node by node takes about a fifth of `argmap check`'s
/// time, and the kernel reclaims the memory at exit at once anyway. The data
/// stays reachable from a static, so leak checkers see no leak. Only the CLI
/// does this: the library frees everything it allocates (tests and ASan check that).
template <typename T>
void keep_until_exit(T&& value) {
  static auto* kept = new std::vector<void*>;
  kept->push_back(new std::decay_t<T>(std::forward<T>(value)));
}

}  // namespace argmap::cli
