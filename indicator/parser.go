package indicator

import (
	"github.com/jixiao-go/jixiao/internal/reuse"
	"github.com/jixiao-go/jixiao/vocabulary"
	"github.com/jixiao-go/jixiao/xlsx"
)

// Parser reads indicator tables one after another, reusing memory: the
// tables it returns, with their groups and indicators, live in it until
// Reset, after which the next tables reuse that memory. A checker that reads
// thousands of workbooks allocates far less this way, and its garbage
// collector runs less often.
//
// Tables must not be used after Reset; values copied out of them (strings,
// decimals, figures) stay valid. A Parser is not safe for concurrent use.
// The zero Parser is ready to use, and a nil *Parser reads into new memory
// as the package's ParseTable does.
type Parser struct {
	indicators reuse.Values[Indicator]
	groups     reuse.Values[Group]
	lists      reuse.Slices[*Indicator] // the tables' and groups' indicator lists
}

// Limits on what a Parser keeps past Reset.
const (
	keepIndicators = 4096
	keepGroups     = 1024
	keepListed     = 3 * keepIndicators
)

// ParseTable reads the indicator table of a sheet into the Parser's memory.
func (p *Parser) ParseTable(s *xlsx.Sheet, v *vocabulary.Vocabulary) (*Table, error) {
	return parseTable(s, v, p)
}

// Reset forgets every table the Parser returned, so that the next ones
// reuse their memory.
func (p *Parser) Reset() {
	if p == nil {
		return
	}
	p.indicators.Reset(keepIndicators)
	p.groups.Reset(keepGroups)
	p.lists.Reset(keepListed)
}

// newIndicator returns a zero Indicator.
func (p *Parser) newIndicator() *Indicator {
	if p == nil {
		return new(Indicator)
	}
	return p.indicators.New()
}

// newGroup returns a zero Group.
func (p *Parser) newGroup() *Group {
	if p == nil {
		return new(Group)
	}
	return p.groups.New()
}

// list returns an empty indicator list with room for n.
func (p *Parser) list(n int) []*Indicator {
	if p == nil {
		return make([]*Indicator, 0, n)
	}
	return p.lists.Take(n)
}
