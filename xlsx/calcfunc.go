package xlsx

import (
	"github.com/shopspring/decimal"

	"github.com/jixiao-go/jixiao/num"
)

// The functions of the allowlist, with Excel's rules for their arguments:
// in a reference, aggregates read numbers only (text, truth values and
// blanks are skipped); typed as an argument, a truth value or a text that
// reads as a number counts, other text is #VALUE!. Errors propagate.

// arity is the least and most arguments of each function.
var arity = map[calcFunc][2]int{
	fnSUM: {1, 255}, fnSUMPRODUCT: {1, 255}, fnPRODUCT: {1, 255}, fnAVERAGE: {1, 255},
	fnMIN: {1, 255}, fnMAX: {1, 255}, fnCOUNT: {1, 255}, fnCOUNTA: {1, 255},
	fnROUND: {2, 2}, fnROUNDUP: {2, 2}, fnROUNDDOWN: {2, 2}, fnINT: {1, 1}, fnTRUNC: {1, 2}, fnABS: {1, 1},
	fnIF: {1, 3}, fnIFERROR: {2, 2}, fnAND: {1, 255}, fnOR: {1, 255}, fnNOT: {1, 1},
	fnISNUMBER: {1, 1}, fnISBLANK: {1, 1}, fnTRUE: {0, 0}, fnFALSE: {0, 0},
}

func (c *calc) call(e *expr, sheet int) (value, fail) {
	if n := arity[e.fn]; len(e.args) < n[0] || len(e.args) > n[1] {
		return value{}, fUnsupported // Excel does not save such a formula
	}
	switch e.fn {
	case fnSUM, fnPRODUCT, fnAVERAGE, fnMIN, fnMAX, fnCOUNT, fnCOUNTA:
		return c.aggregate(e, sheet)
	case fnSUMPRODUCT:
		return c.sumProduct(e, sheet)
	case fnROUND, fnROUNDUP, fnROUNDDOWN, fnTRUNC:
		return c.round(e, sheet)
	case fnINT, fnABS:
		v, f := c.number(e.args[0], sheet)
		if f != fNone || v.kind != vNum {
			return v, f
		}
		if e.fn == fnINT {
			return numV(v.num.Floor()), fNone
		}
		return numV(v.num.Abs()), fNone
	case fnIF:
		cond, f := c.truth(e.args[0], sheet)
		if f != fNone || cond.kind != vBool {
			return cond, f
		}
		switch {
		case cond.b:
			return c.result(e.args[1], sheet)
		case len(e.args) == 3:
			return c.result(e.args[2], sheet)
		}
		return boolV(false), fNone
	case fnIFERROR:
		v, f := c.result(e.args[0], sheet)
		if f != fNone || v.kind != vErr {
			return v, f
		}
		return c.result(e.args[1], sheet)
	case fnAND, fnOR:
		return c.logical(e, sheet)
	case fnNOT:
		v, f := c.truth(e.args[0], sheet)
		if f != fNone || v.kind != vBool {
			return v, f
		}
		return boolV(!v.b), fNone
	case fnISNUMBER, fnISBLANK:
		v, f := c.expr(e.args[0], sheet)
		if f != fNone {
			return v, f
		}
		if v.kind == vRef {
			if v.ref.c1 != v.ref.c2 || v.ref.r1 != v.ref.r2 {
				return value{}, fUnsupported
			}
			if v, f = c.deref(v.ref); f != fNone {
				return v, f
			}
		}
		if e.fn == fnISNUMBER {
			return boolV(v.kind == vNum), fNone
		}
		return boolV(v.kind == vBlank && e.args[0].kind == eRef), fNone
	case fnTRUE:
		return boolV(true), fNone
	case fnFALSE:
		return boolV(false), fNone
	}
	return value{}, fUnsupported
}

// result evaluates a value a function returns as it is: a reference to one
// cell reads as the cell's value, blank as 0.
func (c *calc) result(e *expr, sheet int) (value, fail) {
	v, f := c.scalar(e, sheet)
	if f == fNone && v.kind == vBlank {
		return numV(decimal.Zero), fNone
	}
	return v, f
}

// truth evaluates e as a truth value: a number is TRUE unless 0, blank is
// FALSE, "TRUE" and "FALSE" read as themselves, other text is #VALUE!.
func (c *calc) truth(e *expr, sheet int) (value, fail) {
	v, f := c.scalar(e, sheet)
	if f != fNone {
		return v, f
	}
	switch v.kind {
	case vBlank:
		return boolV(false), fNone
	case vNum:
		return boolV(!v.num.IsZero()), fNone
	case vStr:
		if b, ok := textTruth(v.str); ok {
			return boolV(b), fNone
		}
		return errV("#VALUE!"), fNone
	}
	return v, fNone
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x >= 'a' && x <= 'z' {
			x -= 'a' - 'A'
		}
		if y >= 'a' && y <= 'z' {
			y -= 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// aggregate computes SUM, PRODUCT, AVERAGE, MIN, MAX, COUNT and COUNTA.
func (c *calc) aggregate(e *expr, sheet int) (value, fail) {
	var (
		sum       num.Total
		prod      = decimal.NewFromInt(1)
		best      decimal.Decimal
		n, filled int
		errv      *value
		nums      bool
	)
	add := func(d decimal.Decimal) bool {
		n++
		switch e.fn {
		case fnSUM, fnAVERAGE:
			sum.Add(d)
		case fnPRODUCT:
			prod = prod.Mul(d).Round(calcPlaces)
			if prod.Abs().Cmp(calcLimit) >= 0 {
				v := errV("#NUM!")
				errv = &v
				return false
			}
		case fnMIN:
			if !nums || d.Cmp(best) < 0 {
				best = d
			}
		case fnMAX:
			if !nums || d.Cmp(best) > 0 {
				best = d
			}
		}
		nums = true
		return true
	}
	for _, arg := range e.args {
		v, f := c.expr(arg, sheet)
		if f != fNone {
			return v, f
		}
		if v.kind == vRef {
			f = c.each(v.ref, func(v value) bool {
				filled++
				switch v.kind {
				case vNum:
					return add(v.num)
				case vErr:
					if e.fn != fnCOUNT && e.fn != fnCOUNTA {
						errv = &v
						return false
					}
				}
				return true
			})
			if f != fNone {
				return value{}, f
			}
		} else {
			if arg.kind != eMissing || e.fn == fnCOUNTA {
				filled++
			}
			switch v.kind {
			case vErr:
				if e.fn != fnCOUNT && e.fn != fnCOUNTA {
					errv = &v
				}
			case vNum, vBool, vBlank:
				add(toNumber(v).num)
			case vStr:
				if d, ok := textNumber(v.str); ok {
					add(d)
				} else if e.fn != fnCOUNT && e.fn != fnCOUNTA {
					v := errV("#VALUE!")
					errv = &v
				}
			}
		}
		if errv != nil {
			return *errv, fNone
		}
	}
	switch e.fn {
	case fnSUM:
		return bounded(sum.Value()), fNone
	case fnPRODUCT:
		if n == 0 {
			return numV(decimal.Zero), fNone
		}
		return numV(prod), fNone
	case fnAVERAGE:
		if n == 0 {
			return errV("#DIV/0!"), fNone
		}
		return bounded(sum.Value().DivRound(decimal.NewFromInt(int64(n)), calcPlaces)), fNone
	case fnMIN, fnMAX:
		if !nums {
			return numV(decimal.Zero), fNone
		}
		return numV(best), fNone
	case fnCOUNT:
		return numV(decimal.NewFromInt(int64(n))), fNone
	}
	return numV(decimal.NewFromInt(int64(filled))), fNone
}

// sumProduct multiplies arrays of the same shape cell by cell and adds the
// products; a cell that holds no number counts as 0.
func (c *calc) sumProduct(e *expr, sheet int) (value, fail) {
	areas := make([]area, 0, len(e.args))
	var scalars []decimal.Decimal
	for _, arg := range e.args {
		v, f := c.expr(arg, sheet)
		if f != fNone {
			return v, f
		}
		switch v.kind {
		case vRef:
			areas = append(areas, v.ref)
		case vErr:
			return v, fNone
		default:
			w := toNumber(v)
			if w.kind == vErr {
				return w, fNone
			}
			scalars = append(scalars, w.num)
		}
	}
	product := decimal.NewFromInt(1)
	for _, d := range scalars {
		product = product.Mul(d)
	}
	if len(areas) == 0 {
		return bounded(product.Round(calcPlaces)), fNone
	}
	if len(scalars) > 0 {
		return errV("#VALUE!"), fNone // a number against an array of more cells
	}
	h, w := areas[0].r2-areas[0].r1, areas[0].c2-areas[0].c1
	for _, a := range areas[1:] {
		if a.r2-a.r1 != h || a.c2-a.c1 != w {
			return errV("#VALUE!"), fNone
		}
	}
	sum := decimal.Zero
	for dr := 0; dr <= h; dr++ {
		// Past the used rows of every sheet, every product is 0.
		width, used := -1, false
		for _, a := range areas {
			s := c.sheets[a.sheet]
			if r := a.r1 + dr; r <= len(s.rows) {
				used = true
				width = max(width, min(a.c2, len(s.rows[r-1]))-a.c1)
			}
		}
		if !used {
			break
		}
		if !c.step() {
			return value{}, fBudget
		}
		for dc := 0; dc <= min(w, width); dc++ {
			p := decimal.NewFromInt(1)
			for _, a := range areas {
				if !c.visit() {
					return value{}, fBudget
				}
				cell := c.sheets[a.sheet].cellAt(a.c1+dc, a.r1+dr)
				v := value{}
				if cell != nil {
					var f fail
					if v, f = c.cellValue(a.sheet, cell); f != fNone {
						return v, f
					}
				}
				switch v.kind {
				case vErr:
					return v, fNone
				case vNum:
					p = p.Mul(v.num).Round(calcPlaces)
				default:
					p = decimal.Zero
				}
				if p.Abs().Cmp(calcLimit) >= 0 {
					return errV("#NUM!"), fNone
				}
			}
			if sum = sum.Add(p); sum.Abs().Cmp(calcLimit) >= 0 {
				return errV("#NUM!"), fNone
			}
		}
	}
	return numV(sum), fNone
}

// round computes ROUND (half away from zero), ROUNDUP (away from zero),
// ROUNDDOWN and TRUNC (towards zero).
func (c *calc) round(e *expr, sheet int) (value, fail) {
	x, f := c.number(e.args[0], sheet)
	if f != fNone || x.kind != vNum {
		return x, f
	}
	places := int32(0)
	if len(e.args) == 2 {
		p, f := c.number(e.args[1], sheet)
		if f != fNone || p.kind != vNum {
			return p, f
		}
		n := p.num.Truncate(0)
		switch {
		case n.Cmp(decimal.NewFromInt(calcPlaces)) > 0:
			places = calcPlaces
		case n.Cmp(decimal.NewFromInt(-maxCalcMagnitude-10)) < 0:
			places = -maxCalcMagnitude - 10
		default:
			places = int32(n.IntPart())
		}
	}
	d := x.num
	if places >= -d.Exponent() {
		return x, fNone // nothing to round
	}
	switch e.fn {
	case fnROUND:
		d = d.Round(places)
	case fnROUNDUP:
		d = d.RoundUp(places)
	default:
		d = d.RoundDown(places)
	}
	return bounded(d), fNone
}

// logical computes AND and OR: references give their truth values and
// numbers, text in them is skipped; with nothing to judge, #VALUE!.
func (c *calc) logical(e *expr, sheet int) (value, fail) {
	and := e.fn == fnAND
	acc, seen := and, false
	var errv *value
	judge := func(b bool) {
		seen = true
		if and {
			acc = acc && b
		} else {
			acc = acc || b
		}
	}
	for _, arg := range e.args {
		v, f := c.expr(arg, sheet)
		if f != fNone {
			return v, f
		}
		if v.kind == vRef {
			f = c.each(v.ref, func(v value) bool {
				switch v.kind {
				case vNum:
					judge(!v.num.IsZero())
				case vBool:
					judge(v.b)
				case vErr:
					errv = &v
					return false
				}
				return true
			})
			if f != fNone {
				return value{}, f
			}
		} else {
			switch v.kind {
			case vErr:
				errv = &v
			case vBlank:
				judge(false)
			case vNum:
				judge(!v.num.IsZero())
			case vBool:
				judge(v.b)
			case vStr:
				if b, ok := textTruth(v.str); ok {
					judge(b)
				} else {
					w := errV("#VALUE!")
					errv = &w
				}
			}
		}
		if errv != nil {
			return *errv, fNone
		}
	}
	if !seen {
		return errV("#VALUE!"), fNone
	}
	return boolV(acc), fNone
}

func textTruth(s string) (bool, bool) {
	switch {
	case equalFold(s, "TRUE"):
		return true, true
	case equalFold(s, "FALSE"):
		return false, true
	}
	return false, false
}
