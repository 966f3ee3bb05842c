package evaluation

import (
	"github.com/jixiao-go/jixiao/indicator"
	"github.com/jixiao-go/jixiao/xlsx"
)

// memory is what one check can reuse from the last: the block operand
// slices are cut from, the ledger's equations and the indicator tables. A
// Checker keeps one per check running; a plain EvaluateWorkbook has none.
// Nothing in it reaches a Report.
type memory struct {
	ops    arena[operand]
	eqs    []equation
	tables indicator.Parser
	// rules are the 评分标准 texts read in earlier checks: a Rule is never
	// changed once parsed, and uploads of one template repeat their rules.
	rules map[string]indicator.Rule
}

// Bounds on the rules a memory remembers: how many, and how long a text.
const (
	keepRules   = 1024
	keepRuleLen = 1024
)

// parseRule is indicator.ParseRule, remembering the rules of earlier
// checks when the pass has memory.
func (p *pass) parseRule(text string) indicator.Rule {
	if p.mem == nil || len(text) > keepRuleLen {
		return indicator.ParseRule(text)
	}
	if r, ok := p.mem.rules[text]; ok {
		return r
	}
	r := indicator.ParseRule(text)
	if p.mem.rules == nil {
		p.mem.rules = make(map[string]indicator.Rule)
	}
	if len(p.mem.rules) < keepRules {
		p.mem.rules[text] = r
	}
	return r
}

// reset forgets the last check's operands, equations and tables.
func (m *memory) reset() {
	m.ops.reset()
	m.tables.Reset()
	clear(m.eqs)
	m.eqs = m.eqs[:0]
	if cap(m.eqs) > keepEquations {
		m.eqs = nil
	}
}

// keepEquations bounds the equations a memory keeps between checks; with
// operands, arenaKeep does.
const keepEquations = 4096

// arena hands out slices of T cut from one block, which it keeps from one
// check to the next: each check asks for about as much as the last, so
// after the first the block is the right size and nothing is allocated.
type arena[T any] struct {
	buf        []T
	used, want int
}

// arenaKeep bounds the elements an arena keeps between checks.
const arenaKeep = 16_384

// take returns an empty slice with room for n elements.
func (a *arena[T]) take(n int) []T {
	a.want += n
	if len(a.buf)-a.used < n {
		return make([]T, 0, n)
	}
	out := a.buf[a.used : a.used : a.used+n]
	a.used += n
	return out
}

// reset clears what was handed out and sizes the block for as much as
// was asked for.
func (a *arena[T]) reset() {
	clear(a.buf[:a.used])
	switch {
	case a.want > arenaKeep:
		a.buf = nil
	case a.want > len(a.buf):
		a.buf = make([]T, a.want)
	}
	a.used, a.want = 0, 0
}

// operands returns an empty operand slice with room for n, from the pass's
// memory when it has one.
func (p *pass) operands(n int) []operand {
	if p.mem == nil {
		return make([]operand, 0, n)
	}
	return p.mem.ops.take(n)
}

// parseTable reads a sheet's indicator table, into the pass's memory when
// it has one.
func (p *pass) parseTable(s *xlsx.Sheet) (*indicator.Table, error) {
	if p.mem == nil {
		return indicator.ParseTable(s)
	}
	return p.mem.tables.ParseTable(s)
}
