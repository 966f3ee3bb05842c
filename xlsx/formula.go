package xlsx

import (
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/jixiao-go/jixiao/num"
)

// The formula language jixiao reads: enough of Excel's to compute what budget
// tables hold (arithmetic, comparisons, references and the functions of
// calcFunctions), and to recognise everything else so that it is reported as
// not computed rather than computed wrong.

// maxFormulaLen is the longest formula jixiao computes; Excel's own limit is
// 8192 characters.
const maxFormulaLen = 8192

// maxNesting bounds the nesting of a formula's expressions (parentheses,
// function calls, unary operators); Excel allows 64 levels of functions.
const maxNesting = 128

// tokKind is the kind of a formula token.
type tokKind uint8

const (
	tEOF    tokKind = iota
	tNumber         // a number literal; text holds it
	tString         // a string literal; text holds its value
	tBool           // TRUE or FALSE; text holds it in upper case
	tError          // an error literal such as #DIV/0!, text in upper case; or Sheet!#REF!
	tRef            // a reference: ref
	tFunc           // a function name and its "(": text is the name
	tName           // a defined name, or another name jixiao does not know
	tOp             // an operator: + - * / ^ % & = <> < > <= >=
	tLParen
	tRParen
	tComma
	tBad // syntax jixiao does not read: { } [ ] @, an unterminated string, …
)

// token is one token of a formula, with its byte span.
type token struct {
	kind       tokKind
	start, end int
	text       string
	ref        refToken
	space      bool // white space came before the token
}

// refKind says which form a reference takes.
type refKind uint8

const (
	refCell refKind = iota // A1
	refArea                // A1:B2
	refCols                // A:B
	refRows                // 1:2
)

// refToken is a reference as written: its sheet, if named, and its corners
// with the $ marks. For refCols the rows and for refRows the columns are
// the sheet's bounds.
type refToken struct {
	sheet    string // the sheet name, quotes undone; "" for the formula's own sheet
	hasSheet bool
	partAt   int // where the reference proper starts, after the sheet prefix
	kind     refKind
	c1, r1   int
	c2, r2   int
	abs      [4]bool // $ on c1, r1, c2, r2
}

// lexer reads the tokens of a formula.
type lexer struct {
	s   string
	pos int
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '.' || c == '\\' || c >= 0x80 ||
		c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

func isLetter(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

// next reads the next token.
func (l *lexer) next() token {
	space := false
	for l.pos < len(l.s) && (l.s[l.pos] == ' ' || l.s[l.pos] == '\t' || l.s[l.pos] == '\n' || l.s[l.pos] == '\r') {
		l.pos++
		space = true
	}
	t := l.scan()
	t.space = space
	return t
}

func (l *lexer) scan() token {
	s, start := l.s, l.pos
	if start >= len(s) {
		return token{kind: tEOF, start: start, end: start}
	}
	tok := func(k tokKind, end int, text string) token {
		l.pos = end
		return token{kind: k, start: start, end: end, text: text}
	}
	c := s[start]
	switch {
	case c == '"':
		var b strings.Builder
		for i := start + 1; i < len(s); i++ {
			if s[i] == '"' {
				if i+1 < len(s) && s[i+1] == '"' {
					b.WriteByte('"')
					i++
					continue
				}
				return tok(tString, i+1, b.String())
			}
			b.WriteByte(s[i])
		}
		return tok(tBad, len(s), "")
	case c == '\'':
		name, end, ok := quotedSheet(s, start)
		if !ok {
			return tok(tBad, len(s), "")
		}
		return l.afterSheet(start, name, end)
	case c == '#':
		if code, end := errorLiteral(s, start); end > start {
			return tok(tError, end, code)
		}
		return tok(tBad, start+1, "")
	case isDigit(c) || c == '.' && start+1 < len(s) && isDigit(s[start+1]):
		if ref, end, ok := refPart(s, start); ok {
			return l.refToken(start, ref, end)
		}
		end := numberEnd(s, start)
		return tok(tNumber, end, s[start:end])
	case c == '$':
		if ref, end, ok := refPart(s, start); ok {
			return l.refToken(start, ref, end)
		}
		return tok(tBad, start+1, "")
	case isIdentByte(c):
		end := start
		for end < len(s) && isIdentByte(s[end]) {
			end++
		}
		word := s[start:end]
		switch {
		case end < len(s) && s[end] == '!':
			return l.afterSheet(start, word, end+1)
		case end < len(s) && s[end] == '(':
			return tok(tFunc, end+1, word)
		case strings.EqualFold(word, "TRUE"), strings.EqualFold(word, "FALSE"):
			return tok(tBool, end, strings.ToUpper(word))
		}
		if ref, rend, ok := refPart(s, start); ok {
			return l.refToken(start, ref, rend)
		}
		if end < len(s) && s[end] == ':' {
			return tok(tBad, end+1, "") // Sheet1:Sheet3!A1, a range of names
		}
		return tok(tName, end, word)
	}
	switch c {
	case '+', '-', '*', '/', '^', '%', '&', '=':
		return tok(tOp, start+1, s[start:start+1])
	case '<':
		if start+1 < len(s) && (s[start+1] == '>' || s[start+1] == '=') {
			return tok(tOp, start+2, s[start:start+2])
		}
		return tok(tOp, start+1, "<")
	case '>':
		if start+1 < len(s) && s[start+1] == '=' {
			return tok(tOp, start+2, ">=")
		}
		return tok(tOp, start+1, ">")
	case '(':
		return tok(tLParen, start+1, "")
	case ')':
		return tok(tRParen, start+1, "")
	case ',':
		return tok(tComma, start+1, "")
	}
	return tok(tBad, start+1, s[start:start+1])
}

// afterSheet reads what follows a sheet prefix that ends at end: a
// reference, or #REF!.
func (l *lexer) afterSheet(start int, sheet string, end int) token {
	if code, e := errorLiteral(l.s, end); e > end {
		l.pos = e
		return token{kind: tError, start: start, end: e, text: code}
	}
	ref, e, ok := refPart(l.s, end)
	if !ok {
		l.pos = len(l.s)
		return token{kind: tBad, start: start, end: len(l.s)}
	}
	ref.sheet, ref.hasSheet = sheet, true
	return l.refToken(start, ref, e)
}

func (l *lexer) refToken(start int, ref refToken, end int) token {
	if !ref.hasSheet {
		ref.partAt = start
	}
	l.pos = end
	return token{kind: tRef, start: start, end: end, ref: ref}
}

// quotedSheet reads 'My Sheet'! at start: the name, a doubled quote read as
// one, and the position after the '!'.
func quotedSheet(s string, start int) (string, int, bool) {
	var b strings.Builder
	for i := start + 1; i < len(s); i++ {
		if s[i] == '\'' {
			if i+1 < len(s) && s[i+1] == '\'' {
				b.WriteByte('\'')
				i++
				continue
			}
			if i+1 < len(s) && s[i+1] == '!' {
				return b.String(), i + 2, true
			}
			return "", 0, false
		}
		b.WriteByte(s[i])
	}
	return "", 0, false
}

// errorCodes are the error literals a formula may hold.
var errorCodes = [...]string{"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!"}

// errorLiteral reads an error literal at start, returning it in upper case
// and its end, or end == start.
func errorLiteral(s string, start int) (string, int) {
	for _, code := range errorCodes {
		if len(s)-start >= len(code) && strings.EqualFold(s[start:start+len(code)], code) {
			return code, start + len(code)
		}
	}
	return "", start
}

// numberEnd is the end of the number literal at start: digits, a point and
// digits, an exponent.
func numberEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && isDigit(s[j]) {
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			i = j
		}
	}
	return i
}

// refEnd reads one end of a reference at i: $?letters$?digits (a cell),
// $?letters (a column) or $?digits (a row).
func refEnd(s string, i int) (col, row int, absCol, absRow bool, end int, ok bool) {
	if i < len(s) && s[i] == '$' {
		absCol = true
		i++
	}
	letters := i
	for i < len(s) && isLetter(s[i]) && i-letters < 3 {
		col = col*26 + int(s[i]|0x20-'a'+1)
		i++
	}
	if i < len(s) && isLetter(s[i]) {
		return 0, 0, false, false, 0, false // four letters: a name
	}
	hasCol := i > letters
	if !hasCol && absCol { // $1: a row
		absCol, absRow = false, true
	} else if hasCol && i < len(s) && s[i] == '$' {
		absRow = true
		i++
	}
	digits := i
	for i < len(s) && isDigit(s[i]) && i-digits < 8 {
		row = row*10 + int(s[i]-'0')
		i++
	}
	hasRow := i > digits
	switch {
	case !hasCol && !hasRow, i < len(s) && isIdentByte(s[i]):
		return 0, 0, false, false, 0, false
	case hasCol && (col > maxColNumber), hasRow && (row < 1 || row > maxRowNumber):
		return 0, 0, false, false, 0, false
	case hasCol && !hasRow && absRow:
		return 0, 0, false, false, 0, false // A$: nothing
	}
	if !hasCol {
		col = 0
	}
	if !hasRow {
		row = 0
	}
	return col, row, absCol, absRow, i, true
}

// refPart reads a reference without sheet at i: A1, A1:B2, A:B or 1:2.
func refPart(s string, i int) (refToken, int, bool) {
	c1, r1, ac1, ar1, end, ok := refEnd(s, i)
	if !ok {
		return refToken{}, 0, false
	}
	ref := refToken{partAt: i, c1: c1, r1: r1, abs: [4]bool{ac1, ar1}}
	if end < len(s) && s[end] == ':' {
		if c2, r2, ac2, ar2, e2, ok := refEnd(s, end+1); ok && (c1 > 0) == (c2 > 0) && (r1 > 0) == (r2 > 0) {
			ref.c2, ref.r2, ref.abs[2], ref.abs[3] = c2, r2, ac2, ar2
			switch {
			case c1 == 0:
				ref.kind, ref.c1, ref.c2 = refRows, 1, maxColNumber
			case r1 == 0:
				ref.kind, ref.r1, ref.r2 = refCols, 1, maxRowNumber
			default:
				ref.kind = refArea
			}
			return ref, e2, true
		}
	}
	if c1 == 0 || r1 == 0 {
		return refToken{}, 0, false // a lone column or row
	}
	ref.c2, ref.r2, ref.kind = c1, r1, refCell
	return ref, end, true
}

// exprKind is the kind of a parsed expression.
type exprKind uint8

const (
	eNum exprKind = iota
	eStr
	eBool
	eErr
	eRef
	eMissing // an argument left out: IF(A1,,1)
	eNeg
	ePercent
	eBinary
	eCall
)

// expr is a parsed formula expression.
type expr struct {
	kind exprKind
	op   string // of eBinary
	num  decimal.Decimal
	str  string // of eStr, the code of eErr
	b    bool
	ref  refToken
	fn   calcFunc
	args []*expr
}

// parseFailure says why a formula is not computed: unsupported is the
// function, operator or syntax jixiao does not compute ("" for a formula
// that does not parse), unless overBudget: the formula is too long or
// nested too deep.
type parseFailure struct {
	unsupported string
	overBudget  bool
}

// parser reads a formula into an expression.
type parser struct {
	lex   lexer
	tok   token
	depth int
	fail  *parseFailure
}

// parseFormula parses a formula without its leading "=".
func parseFormula(formula string) (*expr, *parseFailure) {
	if len(formula) > maxFormulaLen {
		return nil, &parseFailure{overBudget: true}
	}
	p := &parser{lex: lexer{s: formula}}
	p.advance()
	e := p.compare()
	if p.fail == nil && p.tok.kind != tEOF {
		p.unsupported(p.tok)
	}
	if p.fail != nil {
		return nil, p.fail
	}
	return e, nil
}

func (p *parser) advance() { p.tok = p.lex.next() }

// unsupported records the first thing jixiao does not compute.
func (p *parser) unsupported(t token) {
	if p.fail != nil {
		return
	}
	what := strings.TrimSpace(p.lex.s[t.start:min(t.end, len(p.lex.s))])
	switch t.kind {
	case tFunc:
		what = strings.ToUpper(t.text)
	case tEOF:
		what = "" // the formula ends too soon: its syntax
	case tBad:
		if what == "" {
			what = strings.TrimSpace(p.lex.s[t.start:])
		}
	}
	if len(what) > 32 {
		what = what[:32]
	}
	p.fail = &parseFailure{unsupported: strings.ToValidUTF8(what, "")}
}

func (p *parser) enter() bool {
	if p.depth++; p.depth > maxNesting {
		if p.fail == nil {
			p.fail = &parseFailure{overBudget: true}
		}
		return false
	}
	return true
}

func (p *parser) leave() { p.depth-- }

func (p *parser) isOp(ops ...string) (string, bool) {
	if p.fail != nil || p.tok.kind != tOp {
		return "", false
	}
	for _, op := range ops {
		if p.tok.text == op {
			return op, true
		}
	}
	return "", false
}

func (p *parser) compare() *expr {
	e := p.concat()
	for {
		op, ok := p.isOp("=", "<>", "<", ">", "<=", ">=")
		if !ok {
			return e
		}
		p.advance()
		e = &expr{kind: eBinary, op: op, args: []*expr{e, p.concat()}}
	}
}

func (p *parser) concat() *expr {
	e := p.additive()
	if _, ok := p.isOp("&"); ok {
		// & can build a string of gigabytes from a few bytes of formula.
		p.unsupported(p.tok)
	}
	return e
}

func (p *parser) additive() *expr {
	e := p.multiplicative()
	for {
		op, ok := p.isOp("+", "-")
		if !ok {
			return e
		}
		p.advance()
		e = &expr{kind: eBinary, op: op, args: []*expr{e, p.multiplicative()}}
	}
}

func (p *parser) multiplicative() *expr {
	e := p.power()
	for {
		op, ok := p.isOp("*", "/")
		if !ok {
			return e
		}
		p.advance()
		e = &expr{kind: eBinary, op: op, args: []*expr{e, p.power()}}
	}
}

func (p *parser) power() *expr {
	e := p.unary()
	for {
		if _, ok := p.isOp("^"); !ok {
			return e
		}
		p.advance()
		e = &expr{kind: eBinary, op: "^", args: []*expr{e, p.unary()}}
	}
}

// unary reads prefix signs, which bind tighter than ^ in Excel: -2^2 is 4.
func (p *parser) unary() *expr {
	op, ok := p.isOp("+", "-")
	if !ok {
		return p.postfix()
	}
	if !p.enter() {
		return nil
	}
	defer p.leave()
	p.advance()
	e := p.unary()
	if op == "+" {
		return e
	}
	return &expr{kind: eNeg, args: []*expr{e}}
}

func (p *parser) postfix() *expr {
	e := p.primary()
	for {
		if _, ok := p.isOp("%"); !ok {
			return e
		}
		p.advance()
		e = &expr{kind: ePercent, args: []*expr{e}}
	}
}

func (p *parser) primary() *expr {
	if p.fail != nil {
		return nil
	}
	t := p.tok
	switch t.kind {
	case tNumber:
		v, err := num.ParseRaw(t.text)
		if err != nil {
			p.unsupported(t)
			return nil
		}
		p.advance()
		return &expr{kind: eNum, num: v.Value}
	case tString:
		p.advance()
		return &expr{kind: eStr, str: t.text}
	case tBool:
		p.advance()
		return &expr{kind: eBool, b: t.text == "TRUE"}
	case tError:
		p.advance()
		return &expr{kind: eErr, str: t.text}
	case tRef:
		p.advance()
		return &expr{kind: eRef, ref: t.ref}
	case tLParen:
		if !p.enter() {
			return nil
		}
		defer p.leave()
		p.advance()
		e := p.compare()
		if p.fail == nil && p.tok.kind != tRParen {
			p.unsupported(p.tok)
			return nil
		}
		p.advance()
		return e
	case tFunc:
		return p.call(t)
	}
	p.unsupported(t)
	return nil
}

func (p *parser) call(t token) *expr {
	fn, ok := lookupFunc(t.text)
	if !ok {
		p.unsupported(t)
		return nil
	}
	if !p.enter() {
		return nil
	}
	defer p.leave()
	p.advance()
	e := &expr{kind: eCall, fn: fn}
	if p.tok.kind == tRParen {
		p.advance()
		return e
	}
	for p.fail == nil {
		if p.tok.kind == tComma || p.tok.kind == tRParen {
			e.args = append(e.args, &expr{kind: eMissing})
		} else {
			e.args = append(e.args, p.compare())
		}
		if p.fail != nil {
			return nil
		}
		switch p.tok.kind {
		case tComma:
			p.advance()
			if p.tok.kind == tRParen {
				e.args = append(e.args, &expr{kind: eMissing})
				p.advance()
				return e
			}
		case tRParen:
			p.advance()
			return e
		default:
			p.unsupported(p.tok)
			return nil
		}
	}
	return nil
}

// calcFunc is a function jixiao computes.
type calcFunc uint8

const (
	fnSUM calcFunc = iota + 1
	fnSUMPRODUCT
	fnPRODUCT
	fnAVERAGE
	fnMIN
	fnMAX
	fnCOUNT
	fnCOUNTA
	fnROUND
	fnROUNDUP
	fnROUNDDOWN
	fnINT
	fnTRUNC
	fnABS
	fnIF
	fnIFERROR
	fnAND
	fnOR
	fnNOT
	fnISNUMBER
	fnISBLANK
	fnTRUE
	fnFALSE
)

// calcFunctions is the allowlist of functions jixiao computes: aggregates,
// rounding and logic, whose results are numbers or truth values whatever
// their arguments. Text functions (REPT, CONCATENATE, …) can build strings
// of gigabytes from a few bytes of formula and are never computed, nor is
// anything else outside this list.
var calcFunctions = map[string]calcFunc{
	"SUM": fnSUM, "SUMPRODUCT": fnSUMPRODUCT, "PRODUCT": fnPRODUCT, "AVERAGE": fnAVERAGE,
	"MIN": fnMIN, "MAX": fnMAX, "COUNT": fnCOUNT, "COUNTA": fnCOUNTA,
	"ROUND": fnROUND, "ROUNDUP": fnROUNDUP, "ROUNDDOWN": fnROUNDDOWN, "INT": fnINT, "TRUNC": fnTRUNC, "ABS": fnABS,
	"IF": fnIF, "IFERROR": fnIFERROR, "AND": fnAND, "OR": fnOR, "NOT": fnNOT,
	"ISNUMBER": fnISNUMBER, "ISBLANK": fnISBLANK, "TRUE": fnTRUE, "FALSE": fnFALSE,
}

// lookupFunc finds a function of the allowlist by name, in any case, with
// or without the _xlfn. prefix of newer functions.
func lookupFunc(name string) (calcFunc, bool) {
	if len(name) > 6 && strings.EqualFold(name[:6], "_xlfn.") {
		name = name[6:]
	}
	if len(name) > 16 {
		return 0, false
	}
	fn, ok := calcFunctions[strings.ToUpper(name)]
	return fn, ok
}

// translateShared returns a shared formula's text for a cell dc columns and
// dr rows away from the master cell: relative references move, $-absolute
// parts stay, text in string literals and sheet names is left alone, and a
// reference moved off the sheet becomes #REF!. Everything else is kept as
// written.
func translateShared(formula string, dc, dr int) string {
	if dc == 0 && dr == 0 {
		return formula
	}
	var b strings.Builder
	b.Grow(len(formula) + 8)
	l := lexer{s: formula}
	last := 0
	for {
		t := l.next()
		if t.kind == tEOF || t.kind == tBad {
			break
		}
		if t.kind != tRef {
			continue
		}
		b.WriteString(formula[last:t.ref.partAt])
		writeShifted(&b, t.ref, dc, dr)
		last = t.end
	}
	b.WriteString(formula[last:])
	return b.String()
}

// writeShifted writes a reference moved by dc columns and dr rows.
func writeShifted(b *strings.Builder, r refToken, dc, dr int) {
	move := func(v int, abs bool, d int) int {
		if abs {
			return v
		}
		return v + d
	}
	c1, r1 := move(r.c1, r.abs[0], dc), move(r.r1, r.abs[1], dr)
	c2, r2 := move(r.c2, r.abs[2], dc), move(r.r2, r.abs[3], dr)
	switch r.kind {
	case refCols:
		if c1 < 1 || c2 < 1 || c1 > maxColNumber || c2 > maxColNumber {
			b.WriteString("#REF!")
			return
		}
		writeCol(b, c1, r.abs[0])
		b.WriteByte(':')
		writeCol(b, c2, r.abs[2])
	case refRows:
		if r1 < 1 || r2 < 1 || r1 > maxRowNumber || r2 > maxRowNumber {
			b.WriteString("#REF!")
			return
		}
		writeRow(b, r1, r.abs[1])
		b.WriteByte(':')
		writeRow(b, r2, r.abs[3])
	default:
		if c1 < 1 || r1 < 1 || c2 < 1 || r2 < 1 || c1 > maxColNumber || c2 > maxColNumber || r1 > maxRowNumber || r2 > maxRowNumber {
			b.WriteString("#REF!")
			return
		}
		writeCol(b, c1, r.abs[0])
		writeRow(b, r1, r.abs[1])
		if r.kind == refArea {
			b.WriteByte(':')
			writeCol(b, c2, r.abs[2])
			writeRow(b, r2, r.abs[3])
		}
	}
}

func writeCol(b *strings.Builder, c int, abs bool) {
	if abs {
		b.WriteByte('$')
	}
	b.WriteString(ColumnName(c))
}

func writeRow(b *strings.Builder, r int, abs bool) {
	if abs {
		b.WriteByte('$')
	}
	b.WriteString(strconv.Itoa(r))
}
