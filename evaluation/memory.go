package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/indicator"
	"github.com/jixiao-go/jixiao/internal/reuse"
	"github.com/jixiao-go/jixiao/scoring"
)

// memory is what one check can reuse from the last: the blocks operand
// slices, scored rows and recomputed rows are cut from, the ledger's
// equations, the indicator tables and the budget blocks. A Checker keeps one
// per check running. Nothing in it reaches a Report.
type memory struct {
	ops    reuse.Slices[operand]
	rows   reuse.Slices[scoredRow]
	redone reuse.Slices[recomputed]
	eqs    []equation
	tables indicator.Parser
	blocks budget.Parser
	// rules are the 评分标准 texts read in earlier checks: a Rule is never
	// changed once parsed, and uploads of one template repeat their rules.
	rules map[string]scoring.Rule
	// again is the memory the checks of patched copies reuse, one after
	// the other, while fixes are verified.
	again *memory
}

// forRecheck returns the memory a check of a patched copy uses: m's own
// second memory, emptied, sharing m's rules; a new one when m is nil.
func (m *memory) forRecheck() *memory {
	if m == nil {
		return &memory{}
	}
	if m.again == nil {
		m.again = &memory{}
	}
	m.again.reset()
	m.again.rules = m.rules
	return m.again
}

// Bounds on the rules a memory remembers: how many, and how long a text.
const (
	keepRules   = 1024
	keepRuleLen = 1024
)

// parseRule is scoring.Parse, remembering the rules of earlier
// checks when the evaluation has memory.
func (st *state) parseRule(text string) scoring.Rule {
	if st.mem == nil || len(text) > keepRuleLen {
		return scoring.Parse(text)
	}
	if r, ok := st.mem.rules[text]; ok {
		return r
	}
	r := scoring.Parse(text)
	if st.mem.rules == nil {
		st.mem.rules = make(map[string]scoring.Rule)
	}
	if len(st.mem.rules) < keepRules {
		st.mem.rules[text] = r
	}
	return r
}

// reset forgets the last check's operands, equations and tables.
func (m *memory) reset() {
	m.ops.Reset(keepOperands)
	m.rows.Reset(keepOperands)
	m.redone.Reset(keepOperands)
	m.tables.Reset()
	m.blocks.Reset()
	clear(m.eqs)
	m.eqs = m.eqs[:0]
	if cap(m.eqs) > keepEquations {
		m.eqs = nil
	}
}

// Bounds on the equations and operands a memory keeps between checks.
const (
	keepEquations = 4096
	keepOperands  = 16_384
)

// operands returns an empty operand slice with room for n, from the evaluation's
// memory when it has one.
func (st *state) operands(n int) []operand {
	if st.mem == nil {
		return make([]operand, 0, n)
	}
	return st.mem.ops.Take(n)
}

// tables is the Parser the evaluation reads indicator tables with: its memory's,
// or nil, which reads into new memory.
func (st *state) tables() *indicator.Parser {
	if st.mem == nil {
		return nil
	}
	return &st.mem.tables
}

// blocks is the Parser the evaluation reads budget blocks with: its memory's, or
// nil, which reads into new memory.
func (st *state) blocks() *budget.Parser {
	if st.mem == nil {
		return nil
	}
	return &st.mem.blocks
}

// scoredRows returns an empty row list with room for n, from the
// evaluation's memory when it has one.
func (st *state) scoredRows(n int) []scoredRow {
	if st.mem == nil {
		return make([]scoredRow, 0, n)
	}
	return st.mem.rows.Take(n)
}

// recomputedRows returns an empty list of recomputed rows with room for n.
func (st *state) recomputedRows(n int) []recomputed {
	if st.mem == nil {
		return make([]recomputed, 0, n)
	}
	return st.mem.redone.Take(n)
}
