package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/indicator"
	"github.com/jixiao-go/jixiao/internal/reuse"
	"github.com/jixiao-go/jixiao/scoring"
)

// memory is what one check can reuse from the last: the block operand
// slices are cut from, the ledger's equations, the indicator tables and the
// budget blocks. A
// Checker keeps one per check running; a plain EvaluateWorkbook has none.
// Nothing in it reaches a Report.
type memory struct {
	ops    reuse.Slices[operand]
	eqs    []equation
	tables indicator.Parser
	blocks budget.Parser
	// rules are the 评分标准 texts read in earlier checks: a Rule is never
	// changed once parsed, and uploads of one template repeat their rules.
	rules map[string]scoring.Rule
}

// Bounds on the rules a memory remembers: how many, and how long a text.
const (
	keepRules   = 1024
	keepRuleLen = 1024
)

// parseRule is scoring.Parse, remembering the rules of earlier checks when
// the pass has memory.
func (p *pass) parseRule(text string) scoring.Rule {
	if p.mem == nil || len(text) > keepRuleLen {
		return scoring.Parse(text)
	}
	if r, ok := p.mem.rules[text]; ok {
		return r
	}
	r := scoring.Parse(text)
	if p.mem.rules == nil {
		p.mem.rules = make(map[string]scoring.Rule)
	}
	if len(p.mem.rules) < keepRules {
		p.mem.rules[text] = r
	}
	return r
}

// reset forgets the last check's operands, equations and tables.
func (m *memory) reset() {
	m.ops.Reset(keepOperands)
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

// operands returns an empty operand slice with room for n, from the pass's
// memory when it has one.
func (p *pass) operands(n int) []operand {
	if p.mem == nil {
		return make([]operand, 0, n)
	}
	return p.mem.ops.Take(n)
}

// tables is the Parser the pass reads indicator tables with: its memory's,
// or nil, which reads into new memory.
func (p *pass) tables() *indicator.Parser {
	if p.mem == nil {
		return nil
	}
	return &p.mem.tables
}

// blocks is the Parser the pass reads budget blocks with: its memory's, or
// nil, which reads into new memory.
func (p *pass) blocks() *budget.Parser {
	if p.mem == nil {
		return nil
	}
	return &p.mem.blocks
}
