package budget

import (
	"github.com/jixiao-go/jixiao/internal/reuse"
	"github.com/jixiao-go/jixiao/vocabulary"
	"github.com/jixiao-go/jixiao/xlsx"
)

// Parser reads fund blocks and economic classifications one after another,
// reusing memory: what it returns lives in it until Reset, after which the
// next blocks reuse that memory. A checker that reads thousands of
// workbooks allocates far less this way, and its garbage collector runs
// less often.
//
// Blocks must not be used after Reset; values copied out of them (strings,
// decimals, figures) stay valid. A Parser is not safe for concurrent use.
// The zero Parser is ready to use, and a nil *Parser reads into new memory
// as the package's ParseFunds and ParseMatrix do.
type Parser struct {
	blocks   reuse.Values[FundBlock]
	lines    reuse.Slices[FundLine]
	matrices reuse.Values[Matrix]
	rows     reuse.Slices[MatrixRow]
	cols     reuse.Slices[MatrixCol]
	figures  reuse.Slices[xlsx.Figure]
	// measures are the blocks' measure maps: cleared by Reset, not let
	// go, so that their buckets serve the next blocks.
	measures []map[Measure]*xlsx.Cell
	nmaps    int
}

// Limits on what a Parser keeps past Reset.
const (
	keepBlocks  = 1024
	keepLines   = 16 * keepBlocks
	keepFigures = 8 * keepLines
)

// ParseFunds reads the first fund block of a sheet into the Parser's
// memory, as the package's ParseFunds does.
func (p *Parser) ParseFunds(s *xlsx.Sheet, v *vocabulary.Vocabulary) (*FundBlock, error) {
	return parseFunds(s, v, p)
}

// ParseMatrix reads the economic classification of a sheet into the
// Parser's memory, as the package's ParseMatrix does.
func (p *Parser) ParseMatrix(s *xlsx.Sheet, v *vocabulary.Vocabulary) (*Matrix, error) {
	return parseMatrix(s, v, p)
}

// Reset forgets every block the Parser returned, so that the next ones
// reuse their memory.
func (p *Parser) Reset() {
	if p == nil {
		return
	}
	p.blocks.Reset(keepBlocks)
	p.lines.Reset(keepLines)
	p.matrices.Reset(keepBlocks)
	p.rows.Reset(keepLines)
	p.cols.Reset(keepLines)
	p.figures.Reset(keepFigures)
	for _, m := range p.measures[:p.nmaps] {
		clear(m)
	}
	p.measures, p.nmaps = p.measures[:min(p.nmaps, keepBlocks)], 0
}

// newBlock returns a zero FundBlock with an empty measure map.
func (p *Parser) newBlock() *FundBlock {
	if p == nil {
		return &FundBlock{Measures: map[Measure]*xlsx.Cell{}}
	}
	b := p.blocks.New()
	if p.nmaps == len(p.measures) {
		p.measures = append(p.measures, map[Measure]*xlsx.Cell{})
	}
	b.Measures = p.measures[p.nmaps]
	p.nmaps++
	return b
}

// fundLines returns an empty line list with room for n.
func (p *Parser) fundLines(n int) []FundLine {
	if p == nil {
		return make([]FundLine, 0, n)
	}
	return p.lines.Take(n)
}

// newMatrix returns a zero Matrix.
func (p *Parser) newMatrix() *Matrix {
	if p == nil {
		return new(Matrix)
	}
	return p.matrices.New()
}

// matrixRows returns an empty row list with room for n.
func (p *Parser) matrixRows(n int) []MatrixRow {
	if p == nil {
		return make([]MatrixRow, 0, n)
	}
	return p.rows.Take(n)
}

// matrixCols returns an empty column list with room for n.
func (p *Parser) matrixCols(n int) []MatrixCol {
	if p == nil {
		return make([]MatrixCol, 0, n)
	}
	return p.cols.Take(n)
}

// figureRow returns n zero figures.
func (p *Parser) figureRow(n int) []xlsx.Figure {
	if p == nil {
		return make([]xlsx.Figure, n)
	}
	return p.figures.Take(n)[:n]
}
