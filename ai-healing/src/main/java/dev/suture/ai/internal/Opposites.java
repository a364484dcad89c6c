package dev.suture.ai.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Knows words of opposite meaning, because embeddings do not: "Log in" and "Log out" are close in their space
 * (0.69), and healing one to the other is exactly the wrong heal this project must never make.
 */
public final class Opposites {
  private static final Map<String, Set<String>> OPPOSITE = new HashMap<>();

  static {
    List<String[]> pairs = List.of(
        new String[]{"in", "out"}, new String[]{"login", "logout"}, new String[]{"signin", "signout"},
        new String[]{"next", "previous"}, new String[]{"next", "prev"}, new String[]{"next", "back"},
        new String[]{"forward", "back"}, new String[]{"forward", "backward"}, new String[]{"open", "close"},
        new String[]{"show", "hide"}, new String[]{"enable", "disable"}, new String[]{"add", "remove"},
        new String[]{"add", "delete"}, new String[]{"increase", "decrease"}, new String[]{"increment", "decrement"},
        new String[]{"yes", "no"}, new String[]{"accept", "decline"}, new String[]{"accept", "reject"},
        new String[]{"approve", "reject"}, new String[]{"approve", "deny"}, new String[]{"allow", "deny"},
        new String[]{"allow", "block"}, new String[]{"expand", "collapse"}, new String[]{"undo", "redo"},
        new String[]{"upload", "download"}, new String[]{"import", "export"}, new String[]{"start", "stop"},
        new String[]{"start", "end"}, new String[]{"on", "off"}, new String[]{"min", "max"},
        new String[]{"minimum", "maximum"}, new String[]{"first", "last"}, new String[]{"up", "down"},
        new String[]{"left", "right"}, new String[]{"before", "after"}, new String[]{"more", "less"},
        new String[]{"more", "fewer"}, new String[]{"save", "discard"}, new String[]{"confirm", "cancel"},
        new String[]{"ok", "cancel"}, new String[]{"submit", "cancel"}, new String[]{"buy", "sell"},
        new String[]{"plus", "minus"}, new String[]{"zoom in", "zoom out"}, new String[]{"top", "bottom"},
        new String[]{"lock", "unlock"}, new String[]{"subscribe", "unsubscribe"}, new String[]{"follow", "unfollow"},
        new String[]{"like", "unlike"}, new String[]{"pin", "unpin"}, new String[]{"mute", "unmute"},
        new String[]{"select", "deselect"}, new String[]{"check", "uncheck"}, new String[]{"archive", "unarchive"},
        new String[]{"star", "unstar"}, new String[]{"register", "unregister"}, new String[]{"older", "newer"},
        new String[]{"asc", "desc"}, new String[]{"ascend", "descend"}, new String[]{"sign up", "sign out"},
        new String[]{"attach", "detach"}, new String[]{"connect", "disconnect"}, new String[]{"join", "leave"},
        new String[]{"publish", "unpublish"}, new String[]{"include", "exclude"}, new String[]{"public", "private"},
        new String[]{"sign up", "sign in"}, new String[]{"sign up", "log in"}, new String[]{"signup", "signin"},
        new String[]{"signup", "login"}, new String[]{"light", "dark"}, new String[]{"play", "pause"}, new String[]{"private", "public"});
    pairs.forEach(pair -> {
      OPPOSITE.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
      OPPOSITE.computeIfAbsent(pair[1], k -> new HashSet<>()).add(pair[0]);
    });
  }

  private Opposites() {
  }

  /**
   * Whether two labels mean opposite things: one has a word whose opposite only the other has ("Log in" / "Log out",
   * "Next page" / "Previous page", "Subscribe" / "Unsubscribe").
   */
  public static boolean opposite(String a, String b) {
    return opposite(words(a), words(b));
  }

  /** {@link #opposite(String, String)} on the word sets of {@link #words(String)}. */
  static boolean opposite(Set<String> wordsA, Set<String> wordsB) {
    if (wordsA.isEmpty() || wordsB.isEmpty() || wordsA.equals(wordsB)) {
      return false;
    }
    for (String word : wordsA) {
      if (wordsB.contains(word)) {
        continue;
      }
      for (String opposite : OPPOSITE.getOrDefault(word, Set.of())) {
        if (wordsB.contains(opposite) && !wordsA.contains(opposite)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Words, with the closed compounds people write ("logout", "signin") also split, and two-word phrases joined. */
  static Set<String> words(String text) {
    String normalized = Texts.normalize(text);
    Set<String> words = new HashSet<>();
    if (normalized.isEmpty()) {
      return words;
    }
    String[] parts = normalized.split(" ");
    for (int i = 0; i < parts.length; i++) {
      String word = parts[i];
      words.add(word);
      for (String prefix : new String[]{"log", "sign", "zoom", "check", "opt"}) {
        if (word.length() > prefix.length() && word.startsWith(prefix)) {
          String rest = word.substring(prefix.length());
          if (rest.equals("in") || rest.equals("out") || rest.equals("up")) {
            words.add(prefix + " " + rest);
            words.add(rest);
          }
        }
      }
      if (i + 1 < parts.length) {
        words.add(word + " " + parts[i + 1]);
        words.add(word + parts[i + 1]);
      }
    }
    return words;
  }
}
