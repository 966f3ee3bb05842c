package evaluation

import (
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// ledger keeps every sum equation checked on a workbook, so that a cell that
// alone explains one or more failures can be found once all checks ran: a
// cell all of whose equations fail, and fail by amounts that one change of
// that cell mends at once.
type ledger struct {
	eqs []equation
}

// equation is total = Σ parts, with residual = Σ parts − total (zero when it
// passed, exactly or within rounding) and the index of its finding.
type equation struct {
	total    operand
	parts    []operand
	residual decimal.Decimal
	finding  int // -1 when the equation passed or its code is disabled
}

func (l *ledger) add(total operand, parts []operand, residual decimal.Decimal, finding int) {
	l.eqs = append(l.eqs, equation{total: total, parts: parts, residual: residual, finding: finding})
}

// anyFailed reports whether an equation failed.
func (l *ledger) anyFailed() bool {
	for _, eq := range l.eqs {
		if eq.finding >= 0 {
			return true
		}
	}
	return false
}

// candidate is a cell that could mend the equations it is in.
type candidate struct {
	ref     xlsx.Ref
	value   decimal.Decimal // its value as shown
	delta   decimal.Decimal // the change that mends its equations
	explain int             // how many failed equations it mends
	at      membership      // one of its appearances
}

// membership is one appearance of a cell in an equation: as a part (+1) or
// as the total (−1).
type membership struct {
	eq   int
	sign int
	part int // the part's index, or -1 for the total
}

// suggestFixes attaches a fix to each failed equation that exactly one cell
// explains. Changing a cell by δ changes the residual of an equation by −δ
// when it is the total and by +δ when it is a part, so an equation with
// residual r is mended by δ = r on its total or δ = −r on a part.
func (st *state) suggestFixes() {
	if !st.ledger.anyFailed() {
		return
	}
	cells := map[xlsx.Ref][]membership{}
	for i, eq := range st.ledger.eqs {
		if ref := eq.total.ref; !ref.IsZero() {
			cells[ref] = append(cells[ref], membership{eq: i, sign: -1, part: -1})
		}
		for j, part := range eq.parts {
			if ref := part.ref; !ref.IsZero() {
				cells[ref] = append(cells[ref], membership{eq: i, sign: +1, part: j})
			}
		}
	}
	best := map[int][]candidate{} // by equation
	for ref, ms := range cells {
		delta, ok := st.commonDelta(ms)
		if !ok {
			continue
		}
		c := candidate{ref: ref, delta: delta, explain: len(ms), value: st.operandOf(ms[0]).val.Value, at: ms[0]}
		for _, m := range ms {
			best[m.eq] = append(best[m.eq], c)
		}
	}
	for i, eq := range st.ledger.eqs {
		if eq.finding < 0 {
			continue
		}
		cands := best[i]
		top, n := candidate{}, 0
		for _, c := range cands {
			switch {
			case c.explain > top.explain:
				top, n = c, 1
			case c.explain == top.explain:
				n++
			}
		}
		if n != 1 || (top.explain < 2 && len(cands) > 1) {
			var ok bool
			if top, ok = st.hinted(cands); !ok {
				continue
			}
		}
		if st.holdsText(top.ref) {
			continue // a weight written in a label: typing the number would lose the label
		}
		fig := st.operandOf(top.at)
		st.fix(eq.finding, top.ref, fixed(fig.val.Value.Add(top.delta), fig.val.Places))
	}
}

// hinted picks, among equally good candidates, the one cell whose value
// another rule already knows (a score recomputed from its 评分标准) and whose
// known value is exactly the change the equation needs.
func (st *state) hinted(cands []candidate) (candidate, bool) {
	var found []candidate
	for _, c := range cands {
		want, ok := st.hints[c.ref]
		if ok && want.Sub(c.value).Equal(c.delta) {
			found = append(found, c)
		}
	}
	if len(found) != 1 {
		return candidate{}, false
	}
	return found[0], true
}

// commonDelta returns the change of a cell that mends every equation it is
// in, if all of them failed and they agree on it.
func (st *state) commonDelta(ms []membership) (decimal.Decimal, bool) {
	var delta decimal.Decimal
	for k, m := range ms {
		eq := st.ledger.eqs[m.eq]
		if eq.finding < 0 {
			return decimal.Zero, false
		}
		d := eq.residual
		if m.sign > 0 {
			d = d.Neg()
		}
		if k > 0 && !d.Equal(delta) {
			return decimal.Zero, false
		}
		delta = d
	}
	return delta, len(ms) > 0
}

// operandOf is the operand of a cell's appearance in an equation.
func (st *state) operandOf(m membership) operand {
	eq := st.ledger.eqs[m.eq]
	if m.part < 0 {
		return eq.total
	}
	return eq.parts[m.part]
}
