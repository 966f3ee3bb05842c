package indicator

import "github.com/jixiao-go/jixiao/xlsx"

// Parser reads indicator tables one after another, reusing memory: the
// tables it returns, with their groups and indicators, live in it until
// Reset, after which the next tables reuse that memory. A checker that reads
// thousands of workbooks allocates far less this way, and its garbage
// collector runs less often.
//
// Tables must not be used after Reset; values copied out of them (strings,
// decimals, figures) stay valid. A Parser is not safe for concurrent use.
// The zero Parser is ready to use. ParseTable reads a table without one.
type Parser struct {
	indicators slab[Indicator]
	groups     slab[Group]
	pointers   []*Indicator // the tables' and groups' indicator lists, one after another
	used       int          // pointers handed out since Reset
	want       int          // pointers asked for since Reset
}

// Limits on what a Parser keeps past Reset.
const (
	keepIndicators = 4096
	keepGroups     = 1024
)

// ParseTable reads the indicator table of a sheet into the Parser's memory.
func (p *Parser) ParseTable(s *xlsx.Sheet) (*Table, error) {
	return parseTable(s, p)
}

// Reset forgets every table the Parser returned, so that the next ones
// reuse their memory.
func (p *Parser) Reset() {
	p.indicators.reset(keepIndicators)
	p.groups.reset(keepGroups)
	clear(p.pointers[:p.used])
	switch {
	case p.want > keepIndicators*3:
		p.pointers = nil
	case p.want > len(p.pointers):
		p.pointers = make([]*Indicator, p.want)
	}
	p.used, p.want = 0, 0
}

// newIndicator returns a zero Indicator.
func (p *Parser) newIndicator() *Indicator {
	if p == nil {
		return new(Indicator)
	}
	return p.indicators.next()
}

// newGroup returns a zero Group.
func (p *Parser) newGroup() *Group {
	if p == nil {
		return new(Group)
	}
	return p.groups.next()
}

// list returns an empty indicator list with room for n.
func (p *Parser) list(n int) []*Indicator {
	if p == nil {
		return make([]*Indicator, 0, n)
	}
	p.want += n
	if len(p.pointers)-p.used < n {
		return make([]*Indicator, 0, n)
	}
	out := p.pointers[p.used : p.used : p.used+n]
	p.used += n
	return out
}

// slab hands out zeroed values of T from blocks it keeps past reset.
type slab[T any] struct {
	block      []T
	used, want int
}

// next returns a pointer to a zero T.
func (s *slab[T]) next() *T {
	s.want++
	if s.used == len(s.block) {
		return new(T)
	}
	v := &s.block[s.used]
	s.used++
	return v
}

// reset zeroes what was handed out and sizes the block for as many values
// as were asked for, up to keep.
func (s *slab[T]) reset(keep int) {
	clear(s.block[:s.used])
	switch {
	case s.want > keep:
		s.block = nil
	case s.want > len(s.block):
		s.block = make([]T, s.want)
	}
	s.used, s.want = 0, 0
}
