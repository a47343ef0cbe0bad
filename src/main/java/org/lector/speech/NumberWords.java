package org.lector.speech;

import java.math.BigDecimal;

/**
 * Numbers as English words: cardinals, ordinals, years and decimals.
 *
 * <p>Stateless. ICU4J's rule-based spell-out does the same, but is a 14 MB dependency for one
 * small function.
 */
final class NumberWords {

    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final String[] SCALES = {"", "thousand", "million", "billion", "trillion", "quadrillion"};

    private NumberWords() {
    }

    /** "1234" → "one thousand two hundred thirty four"; up to quadrillions, else digit by digit. */
    static String cardinal(long number) {
        if (number < 0) {
            return "minus " + cardinal(-number);
        }
        if (number < 20) {
            return ONES[(int) number];
        }
        if (number >= 1_000_000_000_000_000_000L) {
            return digits(Long.toString(number));
        }
        StringBuilder words = new StringBuilder();
        int scale = 0;
        long rest = number;
        String result = "";
        while (rest > 0) {
            int chunk = (int) (rest % 1000);
            if (chunk > 0) {
                String part = belowThousand(chunk) + (SCALES[scale].isEmpty() ? "" : " " + SCALES[scale]);
                result = result.isEmpty() ? part : part + " " + result;
            }
            rest /= 1000;
            scale++;
        }
        words.append(result);
        return words.toString();
    }

    /** A cardinal from a digit string of any length: long ones are read digit by digit. */
    static String cardinal(String digits) {
        String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
        if (trimmed.length() > 18) {
            return digits(digits);
        }
        return cardinal(Long.parseLong(trimmed));
    }

    private static String belowThousand(int number) {
        StringBuilder words = new StringBuilder();
        int hundreds = number / 100;
        int rest = number % 100;
        if (hundreds > 0) {
            words.append(ONES[hundreds]).append(" hundred");
        }
        if (rest > 0) {
            if (words.length() > 0) {
                words.append(' ');
            }
            if (rest < 20) {
                words.append(ONES[rest]);
            } else {
                words.append(TENS[rest / 10]);
                if (rest % 10 > 0) {
                    words.append(' ').append(ONES[rest % 10]);
                }
            }
        }
        return words.toString();
    }

    /** "21" → "twenty first". */
    static String ordinal(long number) {
        String words = cardinal(number);
        int space = words.lastIndexOf(' ');
        String last = words.substring(space + 1);
        String head = words.substring(0, space + 1);
        return head + switch (last) {
            case "one" -> "first";
            case "two" -> "second";
            case "three" -> "third";
            case "five" -> "fifth";
            case "eight" -> "eighth";
            case "nine" -> "ninth";
            case "twelve" -> "twelfth";
            default -> last.endsWith("y") ? last.substring(0, last.length() - 1) + "ieth" : last + "th";
        };
    }

    /**
     * A year as people say it: 1990 "nineteen ninety", 1905 "nineteen oh five", 2000 "two
     * thousand", 2005 "two thousand five", 2018 "twenty eighteen", 1800 "eighteen hundred".
     */
    static String year(int year) {
        if (year < 1000 || year > 9999) {
            return cardinal(year);
        }
        int high = year / 100;
        int low = year % 100;
        if (year % 1000 < 10 && year / 1000 == 2) {
            return cardinal(year);
        }
        if (low == 0) {
            return cardinal(high) + " hundred";
        }
        return cardinal(high) + " " + (low < 10 ? "oh " + ONES[low] : cardinal(low));
    }

    /** "19" of "1990s" → "nineteen nineties"; the decade word of a year ending in 0. */
    static String decade(int year) {
        if (year % 100 == 0 && year % 1000 == 0) {
            return cardinal(year) + "s";
        }
        String spoken = year >= 1000 ? year(year) : cardinal(year);
        return plural(spoken);
    }

    /** "twenty" → "twenties", "six" → "sixes". */
    static String plural(String words) {
        if (words.endsWith("y")) {
            return words.substring(0, words.length() - 1) + "ies";
        }
        if (words.endsWith("x") || words.endsWith("s")) {
            return words + "es";
        }
        return words + "s";
    }

    /** "3.14" → "three point one four"; "1,000.5" → "one thousand point five". */
    static String decimal(String number) {
        String plain = number.replace(",", "");
        int point = plain.indexOf('.');
        if (point < 0) {
            return cardinal(plain);
        }
        String whole = point == 0 ? "zero" : cardinal(plain.substring(0, point));
        String fraction = plain.substring(point + 1);
        return fraction.isEmpty() ? whole : whole + " point " + digits(fraction);
    }

    /** Each digit as a word: "007" → "zero zero seven". */
    static String digits(String digits) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (Character.isDigit(c)) {
                if (words.length() > 0) {
                    words.append(' ');
                }
                words.append(ONES[c - '0']);
            }
        }
        return words.toString();
    }

    /** Whether a decimal string has a value that fits the cardinal reader. */
    static boolean isReasonable(String number) {
        try {
            return new BigDecimal(number.replace(",", "")).abs().compareTo(new BigDecimal("1e18")) < 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
