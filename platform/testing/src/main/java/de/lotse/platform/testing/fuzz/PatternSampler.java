package de.lotse.platform.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A string matching the simple regular expressions the services' documents use: literals,
 * character classes with ranges, {@code \d}, quantifiers {@code {n}}, {@code {n,m}}, {@code ?},
 * {@code +}, {@code *}, and a top-level alternation of literals (the first alternative is taken).
 * Returns null for anything else, and the caller falls back to the document's example.
 */
final class PatternSampler {
    private PatternSampler() {}

    static String sample(String pattern, Random random) {
        try {
            String regex = pattern.startsWith("^") ? pattern.substring(1) : pattern;
            regex = regex.endsWith("$") ? regex.substring(0, regex.length() - 1) : regex;
            if (regex.contains("|") && !regex.contains("[") && !regex.contains("(")) {
                return regex.split("\\|")[0];
            }
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < regex.length()) {
                List<Character> choices = new ArrayList<>();
                char c = regex.charAt(i);
                if (c == '[') {
                    int end = regex.indexOf(']', i + 1);
                    if (end < 0) {
                        return null;
                    }
                    String set = regex.substring(i + 1, end);
                    if (set.startsWith("^")) {
                        return null;
                    }
                    for (int j = 0; j < set.length(); j++) {
                        if (j + 2 < set.length() && set.charAt(j + 1) == '-') {
                            for (char x = set.charAt(j); x <= set.charAt(j + 2); x++) {
                                choices.add(x);
                            }
                            j += 2;
                        } else if (set.charAt(j) == '\\' && j + 1 < set.length()) {
                            addEscape(set.charAt(++j), choices);
                        } else {
                            choices.add(set.charAt(j));
                        }
                    }
                    i = end + 1;
                } else if (c == '\\' && i + 1 < regex.length()) {
                    addEscape(regex.charAt(i + 1), choices);
                    i += 2;
                } else if ("()|.*+?{".indexOf(c) >= 0) {
                    return null;
                } else {
                    choices.add(c);
                    i++;
                }
                int min = 1;
                int max = 1;
                if (i < regex.length()) {
                    char q = regex.charAt(i);
                    if (q == '{') {
                        int end = regex.indexOf('}', i);
                        String[] bounds = regex.substring(i + 1, end).split(",", -1);
                        min = Integer.parseInt(bounds[0].trim());
                        max = bounds.length == 1
                                ? min
                                : bounds[1].isBlank() ? min + 3 : Integer.parseInt(bounds[1].trim());
                        i = end + 1;
                    } else if (q == '?') {
                        min = 0;
                        i++;
                    } else if (q == '+') {
                        max = 3;
                        i++;
                    } else if (q == '*') {
                        min = 0;
                        max = 3;
                        i++;
                    }
                }
                int count = Math.max(min, Math.min(max, min + 2));
                for (int k = 0; k < count; k++) {
                    out.append(choices.get(random.nextInt(choices.size())));
                }
            }
            return out.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void addEscape(char escape, List<Character> choices) {
        if (escape == 'd') {
            for (char x = '0'; x <= '9'; x++) {
                choices.add(x);
            }
        } else if (escape == 'w') {
            choices.add('a');
            choices.add('Z');
            choices.add('5');
        } else {
            choices.add(escape);
        }
    }
}
