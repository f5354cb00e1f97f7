package dev.backcheck.lang.ts;

import java.util.Arrays;

/**
 * A cheap, conservative estimate of how deeply the syntax tree of a JS/TS source nests, computed
 * in one linear pass before the native parser sees the file (swc recurses natively per level, and
 * a native stack overflow kills the JVM).
 * <p>
 * The estimate is meant never to fall far below the real depth, whatever the input:
 * <ul>
 * <li>brackets, template holes, JSX elements and expression containers each open a level;</li>
 * <li>inside a level, every token that can nest the tree without a bracket is counted in a
 * <em>chain</em>: binary, unary, assignment and arrow operators (maximal munch, so
 * {@code !!!!a} and {@code a+-+-b} count per operator), {@code ?} and {@code :}, member access,
 * calls and index/tag applications after an operand ({@code f()()()}, {@code a[0][0]}),
 * and keywords that nest ({@code typeof new await if else while for do ...});</li>
 * <li>a chain ends only where nesting certainly ends: at {@code ,} and {@code ;}, and at a
 * statement boundary (a line break between an operand and a token that cannot continue the
 * expression, or an identifier right after a block's closing brace). The chains of all enclosing
 * levels add up, so {@code a+a+(a+a+(...))} is not underestimated;</li>
 * <li>strings, comments, regular expressions and template text are skipped by a lexer that knows
 * where each ends, including templates nested in template holes and JSX text (where quotes are
 * plain text). Where a {@code /} after {@code )} or {@code }} could start a regular expression or
 * be a division, the brackets inside the would-be regex are still counted (never subtracted).</li>
 * </ul>
 * Closers that match no open bracket are ignored rather than trusted. Real code stays in the tens;
 * generated hostile input (50,000 levels of anything) goes far above {@link TsParser#MAX_NESTING}.
 */
public final class NestingGuard {
    private NestingGuard() { }

    // previous significant token
    private static final int OPERATOR = 0;    // an expression may start next (regex allowed)
    private static final int OPERAND = 1;     // an expression just ended (division next)
    private static final int HEADER = 2;      // ')' of if/while/for/with/switch/catch: a statement follows
    private static final int CLOSE_BRACE = 3; // '}' of a block or object literal

    // frame kinds
    private static final byte TOP = 0, PAREN = 1, BRACKET = 2, BRACE = 3, TPL_HOLE = 4, JSX_EXPR = 5, JSX_ELEM = 6;

    /** Multi-character operators by first character, longest first. */
    private static final String[][] OPS = new String[128][];

    static {
        OPS['>'] = new String[]{">>>=", ">>>", ">>=", ">>", ">="};
        OPS['<'] = new String[]{"<<=", "<<", "<="};
        OPS['='] = new String[]{"===", "==", "=>"};
        OPS['!'] = new String[]{"!==", "!="};
        OPS['*'] = new String[]{"**=", "**", "*="};
        OPS['&'] = new String[]{"&&=", "&&", "&="};
        OPS['|'] = new String[]{"||=", "||", "|="};
        OPS['?'] = new String[]{"??=", "??", "?."};
        OPS['+'] = new String[]{"++", "+="};
        OPS['-'] = new String[]{"--", "-="};
        OPS['%'] = new String[]{"%="};
        OPS['^'] = new String[]{"^="};
        OPS['/'] = new String[]{"/="};
    }

    /** The keywords {@link Scan#word} tells apart, by first character and length. */
    private static final String[][][] KEYWORDS = new String[128][11][];

    static {
        for (String k : new String[]{"typeof", "void", "delete", "await", "new", "yield", "in", "instanceof", "as", "satisfies",
                "keyof", "infer", "else", "do", "return", "throw", "case", "extends", "of", "let", "if", "while", "for", "with",
                "switch", "catch", "finally"}) {
            String[] old = KEYWORDS[k.charAt(0)][k.length()];
            String[] now = old == null ? new String[1] : Arrays.copyOf(old, old.length + 1);
            now[now.length - 1] = k;
            KEYWORDS[k.charAt(0)][k.length()] = now;
        }
    }

    /** Characters of JSX text that would open or chain a level if the text were code. */
    private static final boolean[] TEXT_NESTS = new boolean[128];

    static {
        for (char c : "([+-*/%&|^!~?=:.".toCharArray()) TEXT_NESTS[c] = true;
    }

    // lexer modes
    private static final int CODE = 0, TEMPLATE = 1, JSX_ATTR = 2, JSX_CHILD = 3;

    /** The estimate for a file parsed with JSX enabled (.tsx, .jsx, .js). */
    public static int estimate(String s) {
        return estimate(s, true);
    }

    /** The estimate; {@code jsx} says whether {@code <tag>} in expression position opens a JSX element. */
    public static int estimate(String s, boolean jsx) {
        return new Scan(s, s.toCharArray(), jsx).run();
    }

    /** The estimate of {@code s}, whose chars {@code chars} holds (a caller that estimates twice copies them once). */
    static int estimate(String s, char[] chars, boolean jsx) {
        return new Scan(s, chars, jsx).run();
    }

    private static final class Scan {
        final String s;
        final char[] a;               // s's chars: scanned by index (String.charAt costs a call per char without C2)
        final int n;
        final boolean jsx;
        byte[] kind = new byte[64];
        int[] chain = new int[64];
        boolean[] header = new boolean[64]; // PAREN: the head of if/while/...; JSX_ELEM: an attribute value seen
        byte[] resume = new byte[64]; // lexer mode to return to when the frame closes
        int top;                      // index of the innermost frame (0 = file level)
        long sum;                     // chains of all open frames
        int max;
        int prev = OPERATOR;
        boolean newline;              // a line break since the previous token
        boolean pendingHeader;        // the next '(' is the head of if/while/for/...
        boolean afterDot;             // the next word is a property name
        int mode = CODE;

        Scan(String s, char[] a, boolean jsx) {
            this.s = s;
            this.a = a;
            this.n = a.length;
            this.jsx = jsx;
        }

        int run() {
            int i = s.startsWith("#!") ? lineEnd(0) : 0;
            while (i < n) {
                switch (mode) {
                    case TEMPLATE -> i = template(i);
                    case JSX_ATTR -> i = jsxAttr(i);
                    case JSX_CHILD -> i = jsxChild(i);
                    default -> i = code(i);
                }
            }
            return max;
        }

        // ------------------------------------------------------------------ bookkeeping

        void bump() {
            chain[top]++;
            sum++;
            note();
        }

        void note() {
            long est = top + sum;
            if (est > max) max = (int) Math.min(Integer.MAX_VALUE, est);
        }

        void push(byte k, boolean hdr, int resumeMode) {
            if (++top == kind.length) {
                int len = kind.length * 2;
                kind = Arrays.copyOf(kind, len);
                chain = Arrays.copyOf(chain, len);
                header = Arrays.copyOf(header, len);
                resume = Arrays.copyOf(resume, len);
            }
            kind[top] = k;
            chain[top] = 0;
            header[top] = hdr;
            resume[top] = (byte) resumeMode;
            note();
        }

        void pop() {
            sum -= chain[top];
            mode = resume[top];
            top--;
        }

        void endChain() {
            sum -= chain[top];
            chain[top] = 0;
        }

        /** At a new token: a line break after a complete operand ends the statement (unless the token continues it). */
        void statementBoundary(boolean continues) {
            if (newline && !continues && (prev == OPERAND || prev == CLOSE_BRACE)
                    && (kind[top] == TOP || kind[top] == BRACE)) {
                endChain();
            }
            newline = false;
        }

        int lineEnd(int i) {
            while (i < n && a[i] != '\n' && a[i] != '\r') i++;
            return i;
        }

        // ------------------------------------------------------------------ code

        int code(int i) {
            char c = a[i];
            // a run of white space in one call (each char as the loop in run() would take it, one by one)
            while (true) {
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                    newline = true;
                } else if (!(c <= ' ' || c == '\u00a0' || c == '\ufeff' || c > 127 && Character.isSpaceChar(c))) {
                    break;
                }
                if (++i == n) return n;
                c = a[i];
            }
            if (c == '/' && i + 1 < n) {
                char d = a[i + 1];
                if (d == '/') return lineEnd(i + 2);
                if (d == '*') {
                    int e = s.indexOf("*/", i + 2);
                    int end = e < 0 ? n : e + 2;
                    for (int k = i + 2; k < end; k++) {
                        char x = a[k];
                        if (x == '\n' || x == '\r' || x == '\u2028' || x == '\u2029') {
                            newline = true;
                            break;
                        }
                    }
                    return end;
                }
            }
            if (isIdentStart(c)) return word(i);
            if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && isDigit(a[i + 1])) {
                statementBoundary(false);
                afterDot = false;
                prev = OPERAND;
                return number(i);
            }
            boolean continues = c != '{' && c != '\'' && c != '"' && c != '}' && c != ';' && c != ')' && c != ']';
            statementBoundary(continues);
            afterDot = false;
            switch (c) {
                case '\'', '"' -> {
                    prev = OPERAND;
                    return string(i, c);
                }
                case '`' -> {
                    if (prev != OPERATOR && prev != HEADER) bump(); // tagged template: a call
                    mode = TEMPLATE;
                    return i + 1;
                }
                case '(' -> {
                    if (prev == OPERAND || prev == CLOSE_BRACE) bump(); // call
                    push(PAREN, pendingHeader, CODE);
                    pendingHeader = false;
                    prev = OPERATOR;
                    return i + 1;
                }
                case '[' -> {
                    if (prev == OPERAND || prev == CLOSE_BRACE) bump(); // index
                    push(BRACKET, false, CODE);
                    prev = OPERATOR;
                    return i + 1;
                }
                case '{' -> {
                    push(BRACE, false, CODE);
                    prev = OPERATOR;
                    return i + 1;
                }
                case ')', ']' -> {
                    byte want = c == ')' ? PAREN : BRACKET;
                    boolean hdr = false;
                    if (kind[top] == want) {
                        hdr = header[top];
                        pop();
                    }
                    prev = hdr ? HEADER : OPERAND;
                    return i + 1;
                }
                case '}' -> {
                    byte k = kind[top];
                    if (k == TPL_HOLE || k == JSX_EXPR) {
                        pop(); // mode: back to the template text or the JSX tag/children
                        prev = OPERAND;
                    } else if (k == BRACE) {
                        pop();
                        prev = CLOSE_BRACE;
                    } else {
                        prev = CLOSE_BRACE;
                    }
                    return i + 1;
                }
                case ',', ';' -> {
                    endChain();
                    prev = OPERATOR;
                    return i + 1;
                }
                case '/' -> {
                    return slash(i);
                }
                case '<' -> {
                    if (jsx && prev != OPERAND && prev != CLOSE_BRACE && i + 1 < n) {
                        int after = jsxOpen(i);
                        if (after >= 0) return after;
                    }
                    return operator(i);
                }
                case '.' -> {
                    if (i + 2 < n && a[i + 1] == '.' && a[i + 2] == '.') {
                        bump(); // spread / rest
                        prev = OPERATOR;
                        return i + 3;
                    }
                    bump(); // member access
                    afterDot = true;
                    prev = OPERATOR;
                    return i + 1;
                }
                case '#', '@', '\\' -> {
                    // private name, decorator, escaped identifier: treated as the start of a word
                    if (c == '@') {
                        prev = OPERATOR;
                        return i + 1;
                    }
                    return word(i);
                }
                default -> {
                    if ("+-*%&|^!~?<>=:".indexOf(c) >= 0) return operator(i);
                    // anything else (stray characters): the parser will reject it
                    prev = OPERAND;
                    return i + 1;
                }
            }
        }

        int word(int i) {
            int j = i + 1;
            while (j < n && isIdentPart(a[j])) j++;
            if (afterDot) { // property name, whatever it spells
                statementBoundary(false);
                afterDot = false;
                prev = OPERAND;
                return j;
            }
            int len = j - i;
            char c0 = a[i];
            // every keyword below is 2-10 lower-case letters starting with one of these
            String w = len >= 2 && len <= 10 && c0 < 128 ? keyword(i, len, c0) : "";
            boolean continues = w.equals("in") || w.equals("instanceof") || w.equals("as") || w.equals("satisfies");
            // an identifier right after a block's '}' starts a new statement (minified code: function a(){}function b(){})
            if (prev == CLOSE_BRACE && !continues && !w.equals("else") && !w.equals("while") && !w.equals("catch")
                    && !w.equals("finally") && (kind[top] == TOP || kind[top] == BRACE)) {
                endChain();
            }
            statementBoundary(continues);
            switch (w) {
                case "typeof", "void", "delete", "await", "new", "yield", "in", "instanceof", "as", "satisfies",
                     "keyof", "infer", "else", "do", "return", "throw", "case", "extends" -> {
                    bump();
                    prev = OPERATOR;
                }
                case "of", "let" -> prev = OPERATOR; // a regex may follow (for (x of /re/...))
                case "if", "while", "for", "with", "switch", "catch" -> {
                    bump();
                    pendingHeader = true;
                    prev = OPERATOR;
                }
                default -> prev = OPERAND;
            }
            return j;
        }

        /** The keyword spelt at {@code i} ({@code len} chars, starting with {@code c0}), or "" (no substring per word). */
        String keyword(int i, int len, char c0) {
            String[] cands = KEYWORDS[c0][len];
            if (cands == null) return "";
            for (String k : cands) {
                if (s.regionMatches(i, k, 0, len)) return k;
            }
            return "";
        }

        int number(int i) {
            int j = i;
            while (j < n) {
                char c = a[j];
                if (isIdentPart(c)) {
                    if ((c == 'e' || c == 'E') && j + 1 < n && (a[j + 1] == '+' || a[j + 1] == '-')
                            && !(s.startsWith("0x", i) || s.startsWith("0X", i))) {
                        j += 2;
                        continue;
                    }
                    j++;
                } else if (c == '.' && j + 1 < n && isDigit(a[j + 1])) {
                    j++;
                } else if (c == '.' && j + 1 < n && !isIdentStart(a[j + 1]) && a[j + 1] != '.') {
                    j++; // "1." followed by nothing numeric
                } else break;
            }
            return Math.max(j, i + 1);
        }

        int string(int i, char q) {
            for (int j = i + 1; j < n; j++) {
                char c = a[j];
                if (c == '\\') j++;
                else if (c == q) return j + 1;
                else if (c == '\n' || c == '\r') return j; // unterminated: a syntax error here
            }
            return n;
        }

        /**
         * {@code /} in code: a regular expression where an expression may start (after an operator,
         * a statement head, a block's brace, {@code of}...), else a division. The opening brackets
         * inside a regular expression are counted (and its closers ignored), so taking a division for
         * a regex can only raise the estimate.
         */
        int slash(int i) {
            if (prev == OPERATOR || prev == HEADER || prev == CLOSE_BRACE) {
                int end = regexEnd(i);
                if (end >= 0) {
                    for (int k = i + 1; k < end; k++) {
                        char c = a[k];
                        if (c == '(' || c == '[' || c == '{') bump();
                    }
                    prev = OPERAND;
                    return end;
                }
            }
            return operator(i); // division (or an unterminated regex: a syntax error)
        }

        /** End (exclusive, flags included) of a regex literal starting at {@code i}, or -1 when it does not end on this line. */
        int regexEnd(int i) {
            boolean cls = false;
            for (int j = i + 1; j < n; j++) {
                char c = a[j];
                if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') return -1;
                if (c == '\\') j++;
                else if (c == '[') cls = true;
                else if (c == ']') cls = false;
                else if (c == '/' && !cls) {
                    int k = j + 1;
                    while (k < n && isIdentPart(a[k])) k++;
                    return k;
                }
            }
            return -1;
        }

        /** One operator token by maximal munch; each counts once in the chain. */
        int operator(int i) {
            char c = a[i];
            int len = 1;
            String[] ops = c < 128 ? OPS[c] : null;
            if (ops != null) {
                for (String op : ops) {
                    if (s.startsWith(op, i)) {
                        if (op.equals("?.") && i + 2 < n && isDigit(a[i + 2])) continue; // a ?.5 : b
                        len = op.length();
                        break;
                    }
                }
            }
            bump();
            boolean incDec = len == 2 && (c == '+' || c == '-') && a[i + 1] == c;
            if (len == 2 && c == '?' && a[i + 1] == '.') afterDot = true;
            prev = incDec && prev == OPERAND ? OPERAND : OPERATOR; // a++ / b is a division
            return i + len;
        }

        // ------------------------------------------------------------------ templates

        /** Template text: up to the closing backtick (back to code) or a {@code ${} hole (a level deeper). */
        int template(int i) {
            for (int j = i; j < n; j++) {
                char c = a[j];
                if (c == '\\') j++;
                else if (c == '`') {
                    mode = CODE;
                    prev = OPERAND;
                    return j + 1;
                } else if (c == '$' && j + 1 < n && a[j + 1] == '{') {
                    push(TPL_HOLE, false, TEMPLATE);
                    mode = CODE;
                    prev = OPERATOR;
                    newline = false;
                    return j + 2;
                }
            }
            return n;
        }

        // ------------------------------------------------------------------ JSX

        /** {@code <Name ...} or {@code <>} in expression position: opens an element; -1 when it is not JSX. */
        int jsxOpen(int i) {
            char d = a[i + 1];
            if (d == '>') {
                push(JSX_ELEM, false, mode == CODE ? CODE : mode);
                mode = JSX_CHILD;
                return i + 2;
            }
            if (!isIdentStart(d)) return -1;
            int j = i + 1;
            while (j < n && (isIdentPart(a[j]) || a[j] == '-' || a[j] == '.' || a[j] == ':')) j++;
            int k = j;
            while (k < n && a[k] <= ' ') k++;
            // TypeScript generic arrow in .tsx: <T,>(x) => x, <T extends U>(x) => x
            if (k < n && a[k] == ',' || s.startsWith("extends", k) && k + 7 < n && !isIdentPart(a[k + 7])) return -1;
            push(JSX_ELEM, false, CODE);
            mode = JSX_ATTR;
            return j;
        }

        /** Inside an opening tag: attributes, string values, {@code {expr}}, then {@code >} or {@code />}. */
        int jsxAttr(int i) {
            char c = a[i];
            switch (c) {
                case '"', '\'' -> {
                    int e = s.indexOf(c, i + 1);
                    return e < 0 ? n : e + 1;
                }
                case '{' -> {
                    push(JSX_EXPR, false, JSX_ATTR);
                    mode = CODE;
                    prev = OPERATOR;
                    newline = false;
                    return i + 1;
                }
                case '/' -> {
                    if (i + 1 < n && a[i + 1] == '>') {
                        closeElement();
                        return i + 2;
                    }
                    return i + 1;
                }
                case '>' -> {
                    int k = i + 1;
                    while (k < n && a[k] <= ' ') k++;
                    // <T>(x) => x, <T, U>(...): type parameters; never an element that has an attribute value or
                    // that opened among another element's children, and not when the parenthesis is followed by
                    // neither => nor a return type: element text may start with '(' (c ? <span>(3)</span> : null)
                    boolean element = kind[top] == JSX_ELEM && (header[top] || resume[top] == JSX_CHILD);
                    if (k < n && a[k] == '(' && !element && parametersAt(k)) return notJsx(i);
                    mode = JSX_CHILD;
                    return i + 1;
                }
                case '=' -> {
                    int k = i + 1;
                    while (k < n && a[k] <= ' ') k++;
                    char v = k < n ? a[k] : ' ';
                    // an attribute value is a string, {expression} or an element; <T = string> is a type parameter
                    if (v == '"' || v == '\'' || v == '{' || v == '<') {
                        if (kind[top] == JSX_ELEM) header[top] = true; // for a JSX element: "has an attribute value"
                        return k;
                    }
                    return notJsx(i);
                }
                default -> {
                    if (c <= ' ' || isIdentPart(c) || c == '-' || c == ':' || c == '.') return i + 1;
                    // not an attribute list, so not JSX (a TypeScript type such as <T>() => T | U that the
                    // JSX reading took for an element): drop the element instead of letting such levels
                    // pile up; the reading without JSX covers this code
                    return notJsx(i);
                }
            }
        }

        /**
         * Whether the {@code (} at {@code k} opens the parameters of a generic function type or arrow: its match,
         * found within a short distance, is followed by {@code =>} or {@code :}. Unsure (no match close by) counts
         * as parameters, the reading that hides nothing.
         */
        boolean parametersAt(int k) {
            int depth = 0;
            for (int j = k, end = Math.min(n, k + 256); j < end; j++) {
                char c = a[j];
                if (c == '(') depth++;
                else if (c == ')' && --depth == 0) {
                    int m = j + 1;
                    while (m < n && a[m] <= ' ') m++;
                    return m >= n || a[m] == ':' || a[m] == '=' && m + 1 < n && a[m + 1] == '>';
                }
            }
            return true;
        }

        /** The tag being read was not JSX after all: drop its level and go on in the enclosing mode. */
        int notJsx(int i) {
            if (kind[top] == JSX_ELEM) pop();
            else mode = CODE;
            return mode == CODE ? i : i + 1;
        }

        /**
         * Element children: text (quotes are plain text here), {@code {expr}}, nested elements, the closing tag.
         * The tokens of the text that would nest if the parser read it as code (brackets, operator characters,
         * nesting keywords) are added to the element's chain until the element closes: where this reading took a
         * {@code <} for an element and the parser does not (a contextual keyword used as a name, {@code of <a> x(((}),
         * what it calls text is code to the parser, and its depth must not be hidden; the words counted are those
         * {@link #word} counts. Real element text holds few
         * such tokens, and they are released with the element.
         */
        int jsxChild(int i) {
            int hidden = 0;
            for (int j = i; j < n; j++) {
                char c = a[j];
                if (c == '{' || c == '<') {
                    if (hidden > 0) {
                        chain[top] += hidden;
                        sum += hidden;
                        note();
                        hidden = 0;
                    }
                } else if (c < 128) {
                    if (TEXT_NESTS[c]) hidden++;
                    else if (c >= 'a' && c <= 'z' && (j == 0 || !isIdentPart(a[j - 1]))) {
                        int e = j + 1;
                        while (e < n && isIdentPart(a[e])) e++;
                        int len = e - j;
                        if (len >= 2 && len <= 10) {
                            String w = keyword(j, len, c);
                            if (!w.isEmpty() && !w.equals("of") && !w.equals("let") && !w.equals("finally")) hidden++;
                        }
                        j = e - 1;
                        continue;
                    }
                }
                if (c == '{') {
                    push(JSX_EXPR, false, JSX_CHILD);
                    mode = CODE;
                    prev = OPERATOR;
                    newline = false;
                    return j + 1;
                }
                if (c == '<') {
                    if (j + 1 < n && a[j + 1] == '/') {
                        int e = s.indexOf('>', j + 2);
                        closeElement();
                        return e < 0 ? n : e + 1;
                    }
                    if (j + 1 < n && a[j + 1] == '>') {
                        push(JSX_ELEM, false, JSX_CHILD);
                        mode = JSX_CHILD;
                        return j + 2;
                    }
                    push(JSX_ELEM, false, JSX_CHILD);
                    mode = JSX_ATTR;
                    int k = j + 1;
                    while (k < n && (isIdentPart(a[k]) || a[k] == '-' || a[k] == '.' || a[k] == ':')) k++;
                    return k;
                }
            }
            if (hidden > 0) {
                chain[top] += hidden;
                sum += hidden;
                note();
            }
            return n;
        }

        void closeElement() {
            if (kind[top] == JSX_ELEM) pop();
            else mode = CODE;
            if (mode == CODE) prev = OPERAND;
        }

        // ------------------------------------------------------------------ characters

        static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        static boolean isIdentStart(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
                    || c > 127 && !Character.isSpaceChar(c) && c != '\u2028' && c != '\u2029' && c != '\ufeff';
        }

        static boolean isIdentPart(char c) {
            return isIdentStart(c) || isDigit(c);
        }
    }
}
