package evaluation

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/xlsx"
)

// ErrNoForm is returned (wrapped in a *NoFormError) when no sheet of the
// workbook holds a form jixiao recognises.
var ErrNoForm = errors.New("no recognised form")

// NoFormError names the sheets that were searched and the labels looked for.
type NoFormError struct {
	File   string
	Sheets []string
}

// Error names the file, its sheets and what was looked for.
func (e *NoFormError) Error() string {
	return fmt.Sprintf("%s: %v: sheets %q hold none of the blocks looked for (%s)",
		e.File, ErrNoForm, e.Sheets, lookedFor)
}

// Unwrap returns ErrNoForm.
func (e *NoFormError) Unwrap() error { return ErrNoForm }

const lookedFor = "a fund block headed 年初预算数/全年预算数/全年执行数, " +
	"an economic classification headed 工资福利支出/商品和服务支出, " +
	"or an indicator table headed 三级指标/分值/得分"

// Evaluate reads the workbook at path and checks it. The file is never
// written. Errors are those of xlsx.Open (errors.Is with xlsx.ErrNotXLSX,
// xlsx.ErrLegacyXLS, …), a *NoFormError, or the context's error; a workbook
// that was read always gives a Report, whatever it holds.
func Evaluate(ctx context.Context, path string, opts Options) (*Report, error) {
	wb, err := xlsx.Open(ctx, path, opts.Limits)
	if err != nil {
		return nil, err
	}
	return EvaluateWorkbook(ctx, wb, opts)
}

// EvaluateReaderAt checks a workbook of the given size read from r, such as
// an upload; name is used in the report and in errors.
func EvaluateReaderAt(ctx context.Context, r io.ReaderAt, size int64, name string, opts Options) (*Report, error) {
	wb, err := xlsx.OpenReaderAt(ctx, r, size, name, opts.Limits)
	if err != nil {
		return nil, err
	}
	return EvaluateWorkbook(ctx, wb, opts)
}

// EvaluateWorkbook checks a workbook already read.
func EvaluateWorkbook(ctx context.Context, wb *xlsx.Workbook, opts Options) (*Report, error) {
	return evaluateWorkbook(ctx, wb, opts, nil)
}

// evaluateWorkbook is EvaluateWorkbook with memory to reuse, or nil.
func evaluateWorkbook(ctx context.Context, wb *xlsx.Workbook, opts Options, mem *memory) (*Report, error) {
	p := newPass(ctx, wb, opts, mem)
	if mem != nil {
		defer func() { mem.eqs = p.ledger.eqs }()
	}
	rep := &Report{File: wb.Name, Producer: wb.Producer}
	var depts []*budget.FundBlock
	var projects []*budget.FundBlock
	for _, s := range wb.Sheets {
		if p.stopped() {
			return nil, p.err
		}
		form, ok := p.checkSheet(s, &depts, &projects)
		if ok {
			rep.Forms = append(rep.Forms, form)
		}
	}
	if p.stopped() { // the last sheet may have been cut short
		return nil, p.err
	}
	if len(rep.Forms) == 0 {
		names := make([]string, len(wb.Sheets))
		for i, s := range wb.Sheets {
			names[i] = s.Name
		}
		return nil, &NoFormError{File: wb.Name, Sheets: names}
	}
	p.checkProjectsAgainstDepartment(depts, projects)
	p.noteComputedFormulas()
	p.suggestFixes()
	rep.Valid = true
	for _, f := range p.findings { // all of them, before MaxFindings drops any
		if f.Severity == SeverityError {
			rep.Valid = false
		}
	}
	rep.Findings, rep.Partial = p.result()
	return rep, nil
}

// checkSheet recognises the form of a sheet and checks it.
func (p *pass) checkSheet(s *xlsx.Sheet, depts, projects *[]*budget.FundBlock) (Form, bool) {
	funds, fundsErr := p.blocks().ParseFunds(s)
	table, tableErr := p.tables().ParseTable(s)
	switch {
	case tableErr == nil && fundsErr == nil:
		form := Form{Sheet: s.Name, Kind: KindProject}
		p.checkUnits(funds, nil)
		p.checkFunds(funds)
		p.checkTable(table, rateLine(funds), &form)
		*projects = append(*projects, funds)
		return form, true
	case tableErr == nil:
		form := Form{Sheet: s.Name, Kind: KindScore}
		p.checkTable(table, nil, &form)
		return form, true
	}
	matrix, matrixErr := p.blocks().ParseMatrix(s)
	if fundsErr != nil && matrixErr != nil {
		return Form{}, false
	}
	p.checkUnits(funds, matrix)
	if fundsErr == nil {
		p.checkFunds(funds)
		*depts = append(*depts, funds)
	}
	if matrixErr == nil {
		p.checkMatrix(matrix)
		if fundsErr == nil {
			p.checkMatrixAgainstFunds(matrix, funds)
		}
	}
	return Form{Sheet: s.Name, Kind: KindDepartment}, true
}

// rateLine is the fund line that carries the 执行率 weight and score on a
// project sheet: the 年度资金总额 line, or the first line with a weight.
func rateLine(b *budget.FundBlock) *budget.FundLine {
	if !b.Has(budget.Weight) {
		return nil
	}
	if l := b.Line(budget.Total); l != nil && l.Weight.OK() {
		return l
	}
	for i := range b.Lines {
		if b.Lines[i].Weight.OK() {
			return &b.Lines[i]
		}
	}
	return nil
}

// noteComputedFormulas reports, once per sheet, the formulas whose values
// jixiao had to compute.
func (p *pass) noteComputedFormulas() {
	for _, s := range p.wb.Sheets {
		var refs []xlsx.Ref
		for r := 1; r <= s.Rows(); r++ {
			for _, c := range s.Row(r) {
				if c.Computed {
					refs = append(refs, c.Ref)
				}
			}
		}
		if len(refs) == 0 {
			continue
		}
		n := fmt.Sprint(len(refs))
		p.add(CodeComputedFormula, refs[0], refs[1:], "", "",
			"本表有 "+n+" 个公式单元格没有保存计算结果（如由程序生成的文件），已由 jixiao 计算后再核对。",
			n+" formula cells on this sheet had no saved result (as in files written by a program); jixiao computed them before checking.")
	}
}

// result sorts the findings and applies MaxFindings, keeping errors first,
// then warnings, then infos.
func (p *pass) result() ([]Finding, bool) {
	fs := p.findings
	sortFindings(fs)
	limit := p.opts.maxFindings()
	if limit < 0 || len(fs) <= limit {
		return nonNil(fs), false
	}
	var kept []Finding
	for _, sev := range []Severity{SeverityError, SeverityWarning, SeverityInfo} {
		for _, f := range fs {
			if f.Severity == sev && len(kept) < limit {
				kept = append(kept, f)
			}
		}
	}
	sortFindings(kept)
	return nonNil(kept), true
}

func nonNil(fs []Finding) []Finding {
	if fs == nil {
		return []Finding{}
	}
	return fs
}
