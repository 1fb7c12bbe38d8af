#include "shortcodes.h"

#include <algorithm>
#include <array>
#include <utility>

namespace argmap {
namespace {

struct Shortcode {
  std::string_view code;
  std::string_view symbol;
};

// Copied from Argdown 1.7.5's plugins/shortcodes.ts (same codes, same symbols).
constexpr Shortcode kShortcodes[] = {
    {".A.", "∀"},
    {":A:", "∀"},
    {".E.", "∃"},
    {":E:", "∃"},
    {".O.", "𝗢"},
    {":O:", "𝗢"},
    {".P.", "𝗣"},
    {":P:", "𝗣"},
    {".->.", "→"},
    {":->:", "→"},
    {".<->.", "↔"},
    {":<->:", "↔"},
    {".~.", "¬"},
    {":~:", "¬"},
    {".^.", "∧"},
    {":^:", "∧"},
    {".v.", "∨"},
    {":v:", "∨"},
    {".v_.", "⊻"},
    {":v_:", "⊻"},
    {".<>.", "◇"},
    {":<>:", "◇"},
    {".[].", "◻"},
    {":[]:", "◻"},
    {":happy:", "😀"},
    {".happy.", "😀"},
    {":smile:", "☺️"},
    {".smile.", "☺"},
    {":smiley:", "☺"},
    {".smiley.", "☺"},
    {":laugh:", "😆"},
    {".laugh.", "😆"},
    {":lol:", "😆"},
    {".lol.", "😆"},
    {":rofl:", "🤣"},
    {".rofl.", "🤣"},
    {":joy:", "😂"},
    {".joy.", "😂"},
    {":heart:", "❤"},
    {".heart.", "❤"},
    {".?.", "❓"},
    {":?:", "❓"},
    {".question.", "❓"},
    {":question:", "❓"},
    {":love:", "😍"},
    {".love.", "😍"},
    {":wink:", "😉"},
    {".wink.", "😉"},
    {":shush:", "🤫"},
    {".shush.", "🤫"},
    {":meh:", "😐"},
    {".meh.", "😐"},
    {":eye-roll:", "🙄"},
    {".eye-roll.", "🙄"},
    {":sad:", "😢"},
    {".sad.", "😢"},
    {":disappointed:", "😞"},
    {".disappointed.", "😞"},
    {":scream:", "😱"},
    {".scream.", "😱"},
    {":+1:", "👍"},
    {".+1.", "👍"},
    {":up:", "👍"},
    {".up.", "👍"},
    {":-1:", "👎"},
    {".-1.", "👎"},
    {":down:", "👎"},
    {".down.", "👎"},
    {":think:", "🤔"},
    {".think.", "🤔"},
    {".star.", "⭐"},
    {":star:", "⭐"},
    {".y.", "✔"},
    {":y:", "✔"},
    {".agree.", "✔"},
    {":agree:", "✔"},
    {".n.", "❌"},
    {":n:", "❌"},
    {".disagree.", "❌"},
    {":disagree:", "❌"},
};

}  // namespace

std::string_view shortcode_symbol(std::string_view code) {
  for (const auto& s : kShortcodes)
    if (s.code == code) return s.symbol;
  return {};
}

}  // namespace argmap
