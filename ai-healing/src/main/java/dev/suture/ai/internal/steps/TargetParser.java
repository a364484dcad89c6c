package dev.suture.ai.internal.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the description of an element: its text, its kind ("button"), an ordinal ("the second"), and a scope ("in the
 * dialog", "in the row for Dune", "next to Password"). Input is lower case with quoted values as placeholders.
 */
final class TargetParser {
  private static final String CONTAINERS = alternatives(Lexicon.CONTAINER_WORDS);
  private static final String ROWS = alternatives(Lexicon.ROW_WORDS);
  private static final Pattern CONTAINER = Pattern.compile("^(.+?) (?:in|inside|within|on|from|of|under|at) "
      + "(?:the |a |an )?(?:(.+?) )?(" + CONTAINERS + ")(?: (?:for|about|titled|called|named|labell?ed|that says) "
      + "(.+))?$");
  private static final Pattern ROW_FOR = Pattern.compile("^(.+?) (?:in|on|of|from|inside|within|at|for) "
      + "(?:the |a )?(?:" + ROWS + ") (?:for|of|with|containing|that says|that contains|that shows|showing|about|"
      + "named|called|labell?ed|which contains|which says|matching|where .+? is|by|from) (.+)$");
  private static final Pattern ROW_OF = Pattern.compile("^(.+?) (?:in|on|of|from|inside|within|at) (?:the )?"
      + "(.+?)(?:'s)? (?:" + ROWS + ")$");
  private static final Pattern NEAR = Pattern.compile("^(.+?) (next to|beside|besides|near|close to|alongside|"
      + "to the right of|right of|on the right of|to the left of|left of|on the left of|below|under|underneath|"
      + "beneath|above) (?:the )?(.+)$");
  private static final Pattern FOR = Pattern.compile("^(.+?) for (?:the )?(.+)$");
  private static final Pattern LOOSE_IN = Pattern.compile("^(.+?) (?:in|inside|within|under) (?:the )(.+)$");
  private static final Pattern CONNECTOR = Pattern.compile(" (?:called|named|labell?ed|titled|saying|that says|"
      + "which says|with (?:the )?(?:text|label|caption|name|title)|reading|that reads) ");
  private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an|on|on the|at|at the|some) ");
  private static final Pattern LIST_SEPARATOR = Pattern.compile(",? and |, ");

  private TargetParser() {
  }

  /** Parses a target phrase; {@code unquote} puts quoted values back into the text. */
  static Intent.Target parse(String phrase, UnaryOperator<String> unquote) {
    return parse(phrase, unquote, true);
  }

  /** As {@link #parse(String, UnaryOperator)}; {@code loose} also reads a bare "X in the Y" as a scope. */
  static Intent.Target parse(String phrase, UnaryOperator<String> unquote, boolean loose) {
    String text = stripArticle(phrase.trim());
    List<String> parts = new ArrayList<>();
    if (LIST_SEPARATOR.matcher(text).find()) {
      // "Compare in the row for Dune and Remember me": each part is a whole description of its own.
      for (String part : LIST_SEPARATOR.split(text)) {
        if (!part.isBlank()) {
          parts.add(unquote.apply(part.trim()));
        }
      }
    }
    Intent.Scope scope = null;
    Matcher m;
    if ((m = CONTAINER.matcher(text)).matches() && !isRowWord(m.group(3))) {
      String name = join(m.group(2), m.group(4));
      scope = new Intent.Scope(Intent.Scope.Type.CONTAINER, containerWord(m.group(3)), unquote.apply(name));
      text = m.group(1);
    } else if ((m = ROW_FOR.matcher(text)).matches() || (m = ROW_OF.matcher(text)).matches()) {
      scope = new Intent.Scope(Intent.Scope.Type.ROW, "row", unquote.apply(stripArticle(m.group(2))));
      text = m.group(1);
    } else if ((m = NEAR.matcher(text)).matches()) {
      scope = new Intent.Scope(Intent.Scope.Type.NEAR, direction(m.group(2)), unquote.apply(m.group(3)));
      text = m.group(1);
    } else if ((m = FOR.matcher(text)).matches()) {
      scope = new Intent.Scope(Intent.Scope.Type.ROW, "row", unquote.apply(stripArticle(m.group(2))));
      text = m.group(1);
    } else if (loose && (m = LOOSE_IN.matcher(text)).matches()) {
      scope = new Intent.Scope(Intent.Scope.Type.CONTAINER, "loose", unquote.apply(m.group(2)));
      text = m.group(1);
    }
    text = stripArticle(text);
    int ordinal = 0;
    String[] words = text.split(" ");
    if (words.length > 0 && Lexicon.ORDINALS.containsKey(words[0])) {
      ordinal = Lexicon.ORDINALS.get(words[0]);
      text = text.substring(words[0].length()).trim();
    }
    ElementKind kind = null;
    String name = text;
    for (Map.Entry<String, ElementKind> word : Lexicon.ELEMENT_WORDS.entrySet()) {
      String w = word.getKey();
      if (text.equals(w)) {
        kind = word.getValue();
        name = "";
        break;
      }
      if (text.endsWith(" " + w)) {
        kind = word.getValue();
        name = text.substring(0, text.length() - w.length() - 1).trim();
        break;
      }
      Matcher connector = CONNECTOR.matcher(text);
      if (text.startsWith(w + " ") && connector.find() && connector.start() == w.length()) {
        kind = word.getValue();
        name = text.substring(connector.end()).trim();
        break;
      }
    }
    if (kind != null && (text.endsWith("search box") || text.endsWith("search field"))) {
      name = (name + " search").trim();
      kind = ElementKind.FIELD;
    }
    Matcher connector = CONNECTOR.matcher(" " + name + " ");
    if (connector.find() && connector.start() == 0) {
      name = name.substring(connector.end() - 1).trim();
    }
    if (ordinal == 0 && name.split(" ").length > 1 && Lexicon.ORDINALS.containsKey(name.split(" ")[0])) {
      ordinal = Lexicon.ORDINALS.get(name.split(" ")[0]);
      name = name.substring(name.indexOf(' ') + 1);
    }
    name = stripArticle(name);
    if (name.isEmpty() && scope != null && scope.type() == Intent.Scope.Type.ROW && kind != null && ordinal == 0) {
      // "the checkbox for Dune": the text names the element itself (its label or its row).
      name = scope.text();
      scope = null;
    }
    String unquoted = unquote.apply(name);
    String spoken = kind == ElementKind.TEXT && !text.equals(name) ? unquote.apply(text) : null;
    if (kind == ElementKind.TEXT && unquoted.isEmpty() && spoken != null) {
      unquoted = spoken; // "the message", "the menu": the word is all there is to go on
    }
    return new Intent.Target(unquoted, kind, ordinal, scope, unquote.apply(phrase.trim()), parts, spoken);
  }

  static String stripArticle(String text) {
    String out = text.trim();
    Matcher m = ARTICLE.matcher(out);
    while (m.lookingAt()) {
      out = out.substring(m.end()).trim();
      m = ARTICLE.matcher(out);
    }
    return out;
  }

  private static boolean isRowWord(String word) {
    return Lexicon.ROW_WORDS.contains(word);
  }

  private static String containerWord(String word) {
    return switch (word) {
      case "modal", "popup", "pop-up", "pop up", "window" -> "dialog";
      case "navigation", "nav bar", "navbar", "menu" -> "nav";
      case "side bar" -> "sidebar";
      case "tab panel" -> "tabpanel";
      default -> word;
    };
  }

  private static String direction(String words) {
    if (words.contains("right")) {
      return "right";
    }
    if (words.contains("left")) {
      return "left";
    }
    if (words.equals("below") || words.startsWith("under") || words.equals("beneath")) {
      return "below";
    }
    return words.equals("above") ? "above" : "near";
  }

  private static String join(String a, String b) {
    String left = a == null ? "" : stripArticle(a);
    String right = b == null ? "" : b;
    return (left + " " + right).trim();
  }

  private static String alternatives(List<String> words) {
    return String.join("|", words.stream().map(Pattern::quote).toList());
  }
}
