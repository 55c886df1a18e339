    /** A small JSON reader (the JDK has none): objects as maps, arrays as lists, numbers and literals as their text. */
    static final class Json {
        final String s;
        int i;

        Json(String s) {
            this.s = s;
        }

        static Object parse(String s) {
            Json j = new Json(s);
            Object v = j.value(0);
            j.space();
            if (j.i != s.length()) {
                throw new IllegalArgumentException("text after the JSON value");
            }
            return v;
        }

        void space() {
            while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
        }

        void expect(char c) {
            space();
            if (i >= s.length() || s.charAt(i) != c) {
                throw new IllegalArgumentException("expected " + c);
            }
            i++;
        }

        boolean next(char c) {
            space();
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        Object value(int depth) {
            if (depth > 64) {
                throw new IllegalArgumentException("too deep");
            }
            space();
            if (next('{')) {
                Map<String, Object> m = new HashMap<>();
                if (next('}')) {
                    return m;
                }
                do {
                    space();
                    String k = string();
                    expect(':');
                    m.put(k, value(depth + 1));
                } while (next(','));
                expect('}');
                return m;
            }
            if (next('[')) {
                List<Object> l = new ArrayList<>();
                if (next(']')) {
                    return l;
                }
                do {
                    l.add(value(depth + 1));
                } while (next(','));
                expect(']');
                return l;
            }
            if (i < s.length() && s.charAt(i) == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",:}] \t\r\n".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String t = s.substring(start, i);
            if (!t.matches("true|false|null|-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
                throw new IllegalArgumentException("not JSON");
            }
            return t.equals("null") ? null : t;
        }

        String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    case '"', '\\', '/' -> b.append(e);
                    default -> throw new IllegalArgumentException("bad escape");
                }
            }
        }
    }

    /** The text at this path of the parsed JSON body ("" when absent). */
    static String member(Object doc, String... path) {
        for (String k : path) {
            if (doc instanceof Map<?, ?> m) {
                doc = m.get(k);
            } else if (doc instanceof List<?> l && k.matches("[0-9]{1,9}") && Integer.parseInt(k) < l.size()) {
                doc = l.get(Integer.parseInt(k));
            } else {
                return "";
            }
        }
        return doc instanceof String t ? t : "";
    }

