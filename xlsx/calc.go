package xlsx

import (
	"context"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/jixiao-go/jixiao/num"
)

// CalcFailure says why jixiao did not compute a formula the file holds no
// result for. The zero value, CalcOK, is a formula computed, or no formula.
type CalcFailure uint8

// The reasons a formula saved without its result is left uncalculated.
const (
	// CalcOK: computed, or nothing to compute.
	CalcOK CalcFailure = iota
	// CalcUnsupported: the formula uses a function, an operator (&, a
	// space for an intersection), a defined name or a syntax jixiao does
	// not compute.
	CalcUnsupported
	// CalcOverBudget: computing it would pass the workbook's calculation
	// budget (Options.MaxCalcCells, MaxCalcDepth, MaxCalcBytes), or the
	// formula is longer or nested deeper than jixiao reads.
	CalcOverBudget
	// CalcCycle: the formula refers to itself, directly or through other
	// formulas saved without their results (a circular reference).
	CalcCycle
	// CalcPrecedent: a cell the formula refers to holds a formula that
	// jixiao could not compute either.
	CalcPrecedent
)

// String names the failure: "ok", "unsupported", "over-budget", "cycle",
// "precedent".
func (f CalcFailure) String() string {
	switch f {
	case CalcOK:
		return "ok"
	case CalcUnsupported:
		return "unsupported"
	case CalcOverBudget:
		return "over-budget"
	case CalcCycle:
		return "cycle"
	case CalcPrecedent:
		return "precedent"
	}
	return "CalcFailure(" + itoa(int(f)) + ")"
}

// Reason explains the failure in one line, in Chinese (the default) or
// English ("en"), without naming the function at fault; see
// Cell.CalcReason for that.
func (f CalcFailure) Reason(lang string) string { return calcReason(f, "", lang) }

// CalcReason explains in one line, in Chinese (the default) or English
// ("en"), why the
// cell's formula was not computed, naming the function or operator jixiao
// does not compute when that is the reason: "使用了 jixiao 不计算的函数
// REPT". It is "" for a cell whose CalcFailure is CalcOK.
func (c *Cell) CalcReason(lang string) string {
	if c.CalcFailure == CalcOK {
		return ""
	}
	return calcReason(c.CalcFailure, c.Formula, lang)
}

// CalcReason is Cell.CalcReason of the figure's cell.
func (f Figure) CalcReason(lang string) string {
	if f.CalcFailure == CalcOK {
		return ""
	}
	return calcReason(f.CalcFailure, f.Formula, lang)
}

func calcReason(f CalcFailure, formula, lang string) string {
	zh := lang != "en" // Chinese unless English is asked for, as everywhere
	switch f {
	case CalcOK:
		return ""
	case CalcUnsupported:
		what := ""
		if formula != "" {
			if _, pf := parseFormula(formula); pf != nil {
				what = pf.unsupported
			}
		}
		switch {
		case what == "" && zh:
			return "公式含 jixiao 不计算的写法"
		case what == "":
			return "the formula uses syntax jixiao does not compute"
		case zh && isFuncName(what):
			return "使用了 jixiao 不计算的函数 " + what
		case zh:
			return "使用了 jixiao 不计算的写法 " + what
		case isFuncName(what):
			return "the formula uses " + what + ", a function jixiao does not compute"
		}
		return "the formula uses " + what + ", which jixiao does not compute"
	case CalcOverBudget:
		if zh {
			return "超出计算预算"
		}
		return "over the calculation budget"
	case CalcCycle:
		if zh {
			return "公式引用自身（循环引用）"
		}
		return "the formula refers to itself (circular reference)"
	case CalcPrecedent:
		if zh {
			return "公式引用的单元格也是未能计算的公式"
		}
		return "the formula refers to a cell whose formula could not be computed"
	}
	return f.String()
}

// isFuncName reports whether what parseFailure named is a function name.
func isFuncName(what string) bool {
	if what == "" || !isLetter(what[0]) && what[0] != '_' {
		return false
	}
	for i := 0; i < len(what); i++ {
		if !isIdentByte(what[i]) || what[i] >= 0x80 {
			return false
		}
	}
	if !strings.ContainsAny(what, "0123456789") {
		return true // letters alone (LEN, SUMIF) name a function, not a cell
	}
	_, _, _, _, _, isRef := refEnd(what, 0)
	return !isRef
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Default calculation budget of a workbook, for all its formulas together.
const (
	DefaultMaxCalcCells = 1_000_000
	DefaultMaxCalcDepth = 10_000
	DefaultMaxCalcBytes = 16 << 20
)

// Fixed bounds of the calculation, far above what real workbooks need.
const (
	// calcPlaces is the precision of a division, a product or a power.
	calcPlaces = 20
	// maxCalcMagnitude bounds every intermediate value: past ±10^300 a
	// result is #NUM!, as Excel's doubles overflow near 10^308.
	maxCalcMagnitude = 300
	// maxCalcLevels bounds the recursion of the evaluator: expression
	// levels and chained formulas together.
	maxCalcLevels = 100_000
	// calcCheckEvery is how many steps pass between looks at the context.
	calcCheckEvery = 2048
)

var calcLimit = decimal.New(1, maxCalcMagnitude)

// fail is an evaluation that could not finish; not an Excel error value,
// which is a result like any other.
type fail uint8

const (
	fNone fail = iota
	fUnsupported
	fBudget
	fCycle     // reached a formula being computed
	fPrecedent // a formula referred to could not be computed
)

// vKind is the kind of a value.
type vKind uint8

const (
	vBlank vKind = iota
	vNum
	vStr
	vBool
	vErr
	vRef // a reference, to be read where a value is needed
)

// value is what an expression evaluates to.
type value struct {
	kind vKind
	b    bool
	num  decimal.Decimal
	str  string // a string, or an error code
	ref  area
}

// area is a rectangle of cells of one sheet, clamped to the sheet's bounds.
type area struct {
	sheet          int
	c1, r1, c2, r2 int
}

func numV(d decimal.Decimal) value { return value{kind: vNum, num: d} }
func errV(code string) value       { return value{kind: vErr, str: code} }
func boolV(b bool) value           { return value{kind: vBool, b: b} }

// pending is a formula saved without its result.
type pending struct {
	cell   *Cell
	sheet  int
	style  styleFormat
	state  uint8 // 0 to do, 1 in progress, 2 done
	cycle  bool  // found to be part of a circular reference
	result value
	fail   fail
}

// calc computes the formulas of a workbook saved without their results,
// each at most once, on demand through references, within one budget for
// the whole workbook.
type calc struct {
	ctx     context.Context
	sheets  []*Sheet
	byName  map[string]int // lower-case sheet name → index
	pending []pending
	at      map[uint64]int32 // position → index in pending
	textual map[uint64]bool  // positions of numbers stored as text (false: booleans)
	stack   []int32
	cells   int // left to visit
	bytes   int // of text left to read
	depth   int // chain depth allowed
	levels  int
	steps   int
	// exhausted is set once the budget is spent or the context is done:
	// what is not computed by then is not computed at all.
	exhausted bool
	err       error
	scratch   *Scratch
	// numbers are the values of short stored numbers read so far: a
	// range read by many formulas is parsed once.
	numbers map[string]decimal.Decimal
}

// calcNumbers bounds the numbers calc remembers, and calcNumberLen the
// length of their text.
const (
	calcNumbers   = 8192
	calcNumberLen = 24
)

// storedValue reads a stored number.
func (c *calc) storedValue(text string) (decimal.Decimal, bool) {
	if len(text) > calcNumberLen {
		v, err := num.ParseRaw(text)
		return v.Value, err == nil
	}
	if d, ok := c.numbers[text]; ok {
		return d, true
	}
	v, err := num.ParseRaw(text)
	if err != nil {
		return decimal.Decimal{}, false
	}
	if c.numbers == nil {
		c.numbers = make(map[string]decimal.Decimal)
	}
	if len(c.numbers) < calcNumbers {
		c.numbers[text] = v.Value
	}
	return v.Value, true
}

func posKey(sheet, col, row int) uint64 {
	return uint64(sheet)<<36 | uint64(row)<<15 | uint64(col)
}

// step counts one step of work, looking at the context now and then; it
// reports false once the work must stop.
func (c *calc) step() bool {
	if c.exhausted {
		return false
	}
	c.steps++
	if c.steps%calcCheckEvery == 0 {
		if err := c.ctx.Err(); err != nil {
			c.err, c.exhausted = err, true
			return false
		}
	}
	return true
}

// visit counts a cell a reference touches.
func (c *calc) visit() bool {
	if !c.step() {
		return false
	}
	if c.cells == 0 {
		c.exhausted = true
		return false
	}
	if c.cells > 0 {
		c.cells--
	}
	return true
}

// text counts n bytes of text read.
func (c *calc) text(n int) bool {
	if c.bytes < 0 {
		return true
	}
	if c.bytes -= n; c.bytes < 0 {
		c.exhausted, c.bytes = true, 0
		return false
	}
	return true
}

// run computes every pending formula and writes the results into the
// cells.
func (c *calc) run() error {
	for i := range c.pending {
		c.eval(int32(i))
	}
	if c.err != nil {
		return c.err
	}
	for i := range c.pending {
		c.finish(&c.pending[i])
	}
	return nil
}

// finish writes a formula's result, or its failure, into its cell.
func (c *calc) finish(p *pending) {
	cell := p.cell
	if p.fail != fNone {
		cell.Kind, cell.Text, cell.Computed = Uncalculated, "", false
		switch p.fail {
		case fUnsupported:
			cell.CalcFailure = CalcUnsupported
		case fBudget:
			cell.CalcFailure = CalcOverBudget
		case fCycle:
			cell.CalcFailure = CalcCycle
		default:
			cell.CalcFailure = CalcPrecedent
		}
		return
	}
	cell.Computed, cell.CalcFailure = true, CalcOK
	v := p.result
	switch v.kind {
	case vBlank:
		cell.Text = "0"
	case vNum:
		cell.Text = storedNumber(v.num)
	case vStr, vErr:
		cell.Text = v.str
	case vBool:
		cell.Text = "FALSE"
		if v.b {
			cell.Text = "TRUE"
		}
	}
	classify(cell, p.style, c.scratch)
}

// storedNumber writes a number the way Excel stores one: at most 15
// significant digits, in plain notation unless it is very large or very
// small.
func storedNumber(d decimal.Decimal) string {
	d = num.RoundSignificant(d, num.SignificantDigits)
	if d.IsZero() {
		return "0"
	}
	digits := len(d.Coefficient().String())
	if d.Sign() < 0 {
		digits--
	}
	exp := int(d.Exponent()) + digits - 1 // of the leading digit
	if exp >= -9 && exp < 15 {
		return d.String()
	}
	m := d.Shift(int32(-exp))
	s := m.String() + "E"
	if exp > 0 {
		s += "+"
	}
	return s + itoa(exp)
}

// eval computes pending formula i, or returns what it computed before.
func (c *calc) eval(i int32) (value, fail) {
	p := &c.pending[i]
	switch p.state {
	case 2:
		return p.result, p.fail
	case 1:
		for k := len(c.stack) - 1; k >= 0; k-- {
			c.pending[c.stack[k]].cycle = true
			if c.stack[k] == i {
				break
			}
		}
		return value{}, fCycle
	}
	done := func(v value, f fail) (value, fail) {
		if f != fNone {
			if p.cycle {
				f = fCycle
			} else if f == fCycle {
				f = fPrecedent
			}
			v = value{}
		}
		p.state, p.result, p.fail = 2, v, f
		return v, f
	}
	if c.exhausted || len(c.stack) >= c.depth {
		return done(value{}, fBudget)
	}
	e, pf := parseFormula(p.cell.Formula)
	if pf != nil {
		if pf.overBudget {
			return done(value{}, fBudget)
		}
		return done(value{}, fUnsupported)
	}
	p.state = 1
	c.stack = append(c.stack, i)
	v, f := c.scalar(e, p.sheet)
	c.stack = c.stack[:len(c.stack)-1]
	if f == fNone && c.exhausted {
		f = fBudget // a result read after the budget ran out is not trusted
	}
	return done(v, f)
}

// expr evaluates an expression of a formula on sheet.
func (c *calc) expr(e *expr, sheet int) (value, fail) {
	if !c.step() {
		return value{}, fBudget
	}
	if c.levels++; c.levels > maxCalcLevels {
		c.levels--
		return value{}, fBudget
	}
	defer func() { c.levels-- }()
	switch e.kind {
	case eNum:
		return numV(e.num), fNone
	case eStr:
		if !c.text(len(e.str)) {
			return value{}, fBudget
		}
		return value{kind: vStr, str: e.str}, fNone
	case eBool:
		return boolV(e.b), fNone
	case eErr:
		return errV(e.str), fNone
	case eMissing:
		return value{}, fNone
	case eRef:
		return c.reference(e.ref, sheet), fNone
	case eNeg:
		v, f := c.number(e.args[0], sheet)
		if f != fNone || v.kind != vNum {
			return v, f
		}
		return numV(v.num.Neg()), fNone
	case ePercent:
		v, f := c.number(e.args[0], sheet)
		if f != fNone || v.kind != vNum {
			return v, f
		}
		return numV(v.num.Shift(-2)), fNone
	case eBinary:
		return c.binary(e, sheet)
	case eCall:
		return c.call(e, sheet)
	}
	return value{}, fUnsupported
}

// reference resolves a reference to an area, or #REF! for a sheet the
// workbook does not have.
func (c *calc) reference(r refToken, sheet int) value {
	if r.hasSheet {
		i, ok := c.byName[strings.ToLower(r.sheet)]
		if !ok {
			return errV("#REF!")
		}
		sheet = i
	}
	return value{kind: vRef, ref: area{sheet: sheet, c1: min(r.c1, r.c2), r1: min(r.r1, r.r2), c2: max(r.c1, r.c2), r2: max(r.r1, r.r2)}}
}

// scalar evaluates e to one value: a reference to one cell reads the cell;
// a reference to more cells, which Excel would intersect with the formula's
// row or column or spill, is not computed.
func (c *calc) scalar(e *expr, sheet int) (value, fail) {
	v, f := c.expr(e, sheet)
	if f != fNone || v.kind != vRef {
		return v, f
	}
	return c.deref(v.ref)
}

func (c *calc) deref(a area) (value, fail) {
	if a.c1 != a.c2 || a.r1 != a.r2 {
		return value{}, fUnsupported
	}
	if !c.visit() {
		return value{}, fBudget
	}
	cell := c.sheets[a.sheet].cellAt(a.c1, a.r1)
	if cell == nil {
		return value{}, fNone
	}
	return c.cellValue(a.sheet, cell)
}

// cellAt is the cell at col, row of the grid, empty or not, or nil outside
// it.
func (s *Sheet) cellAt(col, row int) *Cell {
	if row < 1 || row > len(s.rows) || col < 1 || col > len(s.rows[row-1]) {
		return nil
	}
	return &s.rows[row-1][col-1]
}

// cellValue is the value a formula reads from a cell: what the file stores,
// or what jixiao computes for a formula saved without its result.
func (c *calc) cellValue(sheet int, cell *Cell) (value, fail) {
	if cell.Formula != "" {
		if i, ok := c.at[posKey(sheet, cell.Ref.Col, cell.Ref.Row)]; ok {
			v, f := c.eval(i)
			if f == fUnsupported {
				f = fPrecedent
			}
			return v, f
		}
	}
	switch cell.Kind {
	case Empty:
		return value{}, fNone
	case Error:
		return errV(strings.ToUpper(strings.TrimSpace(cell.Text))), fNone
	case Number:
		if len(c.textual) == 0 || !c.textual[posKey(sheet, cell.Ref.Col, cell.Ref.Row)] {
			if d, ok := c.storedValue(cell.Text); ok {
				return numV(d), fNone
			}
		}
	case Text:
		if (cell.Text == "TRUE" || cell.Text == "FALSE") && len(c.textual) > 0 {
			if isText, ok := c.textual[posKey(sheet, cell.Ref.Col, cell.Ref.Row)]; ok && !isText {
				return boolV(cell.Text == "TRUE"), fNone
			}
		}
	case Uncalculated:
		return value{}, fPrecedent
	}
	if !c.text(len(cell.Text)) {
		return value{}, fBudget
	}
	return value{kind: vStr, str: cell.Text}, fNone
}

// each calls fn for every cell of a that holds something, within the sheet's
// used area, counting every cell it passes. fn returns false to stop.
func (c *calc) each(a area, fn func(v value) bool) fail {
	s := c.sheets[a.sheet]
	for r := a.r1; r <= min(a.r2, len(s.rows)); r++ {
		if !c.step() {
			return fBudget
		}
		row := s.rows[r-1]
		for col := a.c1; col <= min(a.c2, len(row)); col++ {
			if !c.visit() {
				return fBudget
			}
			cell := &row[col-1]
			if cell.Kind == Empty && cell.Formula == "" {
				continue
			}
			v, f := c.cellValue(a.sheet, cell)
			if f != fNone {
				return f
			}
			if v.kind != vBlank && !fn(v) {
				return fNone
			}
		}
	}
	return fNone
}

// number evaluates e as a number: blank is 0, TRUE 1, text that reads as a
// number that number; other text is #VALUE!, and errors are returned as
// they are.
func (c *calc) number(e *expr, sheet int) (value, fail) {
	v, f := c.scalar(e, sheet)
	if f != fNone {
		return v, f
	}
	return toNumber(v), fNone
}

func toNumber(v value) value {
	switch v.kind {
	case vBlank:
		return numV(decimal.Zero)
	case vBool:
		if v.b {
			return numV(decimal.NewFromInt(1))
		}
		return numV(decimal.Zero)
	case vStr:
		if d, ok := textNumber(v.str); ok {
			return numV(d)
		}
		return errV("#VALUE!")
	}
	return v
}

// textNumber reads text as Excel coerces it in arithmetic: "12", " 1,234.5 ",
// "76%".
func textNumber(s string) (decimal.Decimal, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > num.MaxNumberLen {
		return decimal.Decimal{}, false
	}
	if v, err := num.ParseRaw(s); err == nil {
		return v.Value, true
	}
	q, err := num.ParseQuantity(s)
	if err != nil || q.Op != num.None || q.Unit != "" {
		return decimal.Decimal{}, false
	}
	return q.Value, true
}

// bounded checks a result against the bounds of the calculation.
func bounded(d decimal.Decimal) value {
	if d.Abs().Cmp(calcLimit) >= 0 {
		return errV("#NUM!")
	}
	return numV(d)
}

func (c *calc) binary(e *expr, sheet int) (value, fail) {
	switch e.op {
	case "=", "<>", "<", ">", "<=", ">=":
		return c.comparison(e, sheet)
	}
	a, b, out, f := c.operands(e, sheet, c.number)
	if f != fNone || out.kind == vErr {
		return out, f
	}
	x, y := a.num, b.num
	switch e.op {
	case "+":
		return bounded(x.Add(y)), fNone
	case "-":
		return bounded(x.Sub(y)), fNone
	case "*":
		return bounded(x.Mul(y).Round(calcPlaces)), fNone
	case "/":
		if y.IsZero() {
			return errV("#DIV/0!"), fNone
		}
		return bounded(x.DivRound(y, calcPlaces)), fNone
	case "^":
		return power(x, y)
	}
	return value{}, fUnsupported
}

// operands reads the two operands of a binary operator, left first: when
// either fails, or holds an error value (the left one's first), out is what
// the operator results in.
func (c *calc) operands(e *expr, sheet int, read func(*expr, int) (value, fail)) (a, b, out value, f fail) {
	if a, f = read(e.args[0], sheet); f != fNone {
		return a, b, value{}, f
	}
	if b, f = read(e.args[1], sheet); f != fNone {
		return a, b, value{}, f
	}
	switch {
	case a.kind == vErr:
		out = a
	case b.kind == vErr:
		out = b
	}
	return a, b, out, fNone
}

// power is x^y for a whole y; a fractional power is not computed.
func power(x, y decimal.Decimal) (value, fail) {
	if !y.IsInteger() {
		return value{}, fUnsupported
	}
	if x.IsZero() {
		switch y.Sign() {
		case 0:
			return errV("#NUM!"), fNone
		case -1:
			return errV("#DIV/0!"), fNone
		}
		return numV(decimal.Zero), fNone
	}
	if y.Abs().Cmp(decimal.NewFromInt(4096)) > 0 {
		if x.Abs().Equal(decimal.NewFromInt(1)) {
			if x.Sign() > 0 || y.IntPart()%2 == 0 {
				return numV(decimal.NewFromInt(1)), fNone
			}
			return numV(decimal.NewFromInt(-1)), fNone
		}
		return errV("#NUM!"), fNone // over the bounds, or under them
	}
	n := y.IntPart()
	neg := n < 0
	if neg {
		n = -n
	}
	result, base := decimal.NewFromInt(1), x
	for n > 0 {
		if n&1 == 1 {
			result = result.Mul(base).Round(calcPlaces)
			if result.Abs().Cmp(calcLimit) >= 0 {
				return errV("#NUM!"), fNone
			}
		}
		if n >>= 1; n > 0 {
			base = base.Mul(base).Round(calcPlaces)
			if base.Abs().Cmp(calcLimit) >= 0 {
				return errV("#NUM!"), fNone
			}
		}
	}
	if neg {
		if result.IsZero() {
			return errV("#NUM!"), fNone
		}
		result = decimal.NewFromInt(1).DivRound(result, calcPlaces)
	}
	return bounded(result), fNone
}

// comparison compares as Excel does: numbers before text before truth
// values, text without regard to case, blank as 0, "" or FALSE.
func (c *calc) comparison(e *expr, sheet int) (value, fail) {
	a, b, out, f := c.operands(e, sheet, c.scalar)
	if f != fNone || out.kind == vErr {
		return out, f
	}
	blankAs := func(v, other value) value {
		if v.kind != vBlank {
			return v
		}
		switch other.kind {
		case vStr:
			return value{kind: vStr}
		case vBool:
			return boolV(false)
		}
		return numV(decimal.Zero)
	}
	a, b = blankAs(a, b), blankAs(b, a)
	rank := func(v value) int {
		switch v.kind {
		case vNum:
			return 0
		case vStr:
			return 1
		}
		return 2
	}
	cmp := rank(a) - rank(b)
	if cmp == 0 {
		switch a.kind {
		case vNum:
			cmp = a.num.Cmp(b.num)
		case vStr:
			cmp = strings.Compare(strings.ToLower(a.str), strings.ToLower(b.str))
		case vBool:
			cmp = boolInt(a.b) - boolInt(b.b)
		}
	}
	var r bool
	switch e.op {
	case "=":
		r = cmp == 0
	case "<>":
		r = cmp != 0
	case "<":
		r = cmp < 0
	case ">":
		r = cmp > 0
	case "<=":
		r = cmp <= 0
	default:
		r = cmp >= 0
	}
	return boolV(r), fNone
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// newCalc prepares the computing of a workbook's pending formulas.
func newCalc(ctx context.Context, sheets []*Sheet, raws []*rawSheet, list []pending, opts Options, s *Scratch) *calc {
	c := &calc{
		ctx: ctx, sheets: sheets, pending: list, scratch: s,
		byName: make(map[string]int, len(sheets)),
		at:     make(map[uint64]int32, len(list)),
		cells:  limit(opts.MaxCalcCells, DefaultMaxCalcCells, -1),
		bytes:  limit(opts.MaxCalcBytes, DefaultMaxCalcBytes, -1),
		depth:  limit(opts.MaxCalcDepth, DefaultMaxCalcDepth, maxCalcLevels),
	}
	c.depth = min(c.depth, maxCalcLevels)
	for i, sh := range sheets {
		if _, dup := c.byName[strings.ToLower(sh.Name)]; !dup {
			c.byName[strings.ToLower(sh.Name)] = i
		}
	}
	for i := range list {
		cell := list[i].cell
		c.at[posKey(list[i].sheet, cell.Ref.Col, cell.Ref.Row)] = int32(i)
	}
	for i, raw := range raws {
		for k := range raw.cells {
			rc := &raw.cells[k]
			switch rc.typ {
			case "s", "str", "inlineStr":
				if cell := sheets[i].cellAt(rc.col, rc.row); cell != nil && cell.Kind == Number {
					if c.textual == nil {
						c.textual = map[uint64]bool{}
					}
					c.textual[posKey(i, rc.col, rc.row)] = true
				}
			case "b":
				if c.textual == nil {
					c.textual = map[uint64]bool{}
				}
				c.textual[posKey(i, rc.col, rc.row)] = false
			}
		}
	}
	return c
}
