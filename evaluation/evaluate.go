package evaluation

import (
	"context"
	"errors"
	"fmt"

	"github.com/jixiao-go/jixiao/narrative"
	"github.com/jixiao-go/jixiao/present"
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
		e.File, ErrNoForm, e.Sheets, lookedFor.EN)
}

// Message says what Error says, in language lang ("zh" or "en"), for a
// person who submitted the file.
func (e *NoFormError) Message(lang string) string {
	return present.New(&noForm, present.S("file", e.File), present.S("sheets", fmt.Sprintf("%q", e.Sheets))).In(present.Of(lang))
}

// Unwrap returns ErrNoForm.
func (e *NoFormError) Unwrap() error { return ErrNoForm }

var (
	lookedFor = present.Text{
		ZH: "资金表（年初预算数/全年预算数/全年执行数）、支出经济分类表（工资福利支出/商品和服务支出）或绩效指标表（三级指标/分值/得分）",
		EN: "a fund block headed 年初预算数/全年预算数/全年执行数, " +
			"an economic classification headed 工资福利支出/商品和服务支出, " +
			"or an indicator table headed 三级指标/分值/得分",
	}
	noForm = present.Text{
		ZH: "{file}：工作表 {sheets} 中未找到标准自评表（" + lookedFor.ZH + "）",
		EN: "{file}: no recognised form in sheets {sheets} (looked for " + lookedFor.EN + ")",
	}
)

// evaluate checks a workbook with the Checker's prepared catalogue, reusing
// mem, and verifies the fixes it offers.
func (c *Checker) evaluate(ctx context.Context, wb *xlsx.Workbook, mem *memory, doc *narrative.Document) (*Report, error) {
	st, forms, err := c.run(ctx, wb, mem, doc)
	if err != nil {
		return nil, err
	}
	if err := c.verifyFixes(ctx, st); err != nil {
		return nil, err
	}
	rep := &Report{Schema: SchemaVersion, File: wb.Name, Producer: wb.Producer}
	for _, fd := range forms {
		form := *fd.report
		form.Coverage = &FormCoverage{Checked: fd.checked, NotChecked: []Gap{}}
		if gl := st.gaps[fd]; gl != nil {
			form.Coverage.NotChecked = gl.gaps
		}
		rep.Forms = append(rep.Forms, form)
	}
	rep.Valid, rep.Blank = true, true
	for _, f := range st.findings { // all of them, before MaxFindings drops any
		if f.Severity == SeverityError {
			rep.Valid, rep.Blank = false, false
		}
	}
	for _, fd := range forms {
		rep.Blank = rep.Blank && fd.blank
	}
	rep.Valid = rep.Valid && !rep.Blank
	rep.Findings, rep.Partial = st.result(c.maxFindings())
	for i := range rep.Findings {
		st.showAsCell(&rep.Findings[i])
	}
	if st.narrative != nil {
		rep.Narrative = st.narrative.coverage
	}
	return rep, nil
}

// run checks a workbook: every form with its checks, the workbook checks,
// and the fixes the ledger of sums finds. It returns the state, with every
// finding, and the forms in sheet order.
func (c *Checker) run(ctx context.Context, wb *xlsx.Workbook, mem *memory, doc *narrative.Document) (*state, []*FormData, error) {
	st := newState(ctx, wb, c.cat, c.lang, mem)
	st.prorate = c.Options.ProrateSteps
	if doc != nil {
		st.narrative = newReportState(doc)
	}
	st.vocab = c.Vocabulary
	if mem != nil {
		defer func() { mem.eqs = st.ledger.eqs }()
	}
	specs := c.specs
	var forms []*FormData
	var unrecognised []*xlsx.Sheet
	for _, s := range wb.Sheets {
		if st.stopped() {
			return nil, nil, st.err
		}
		fd, ok := st.recognise(s, specs)
		if !ok {
			unrecognised = append(unrecognised, s)
			continue
		}
		fd.report = &Form{Sheet: s.Name, Kind: fd.Kind()}
		fd.checked = make([]string, 0, len(st.cat.checks))
		fd.blank = fd.isBlank()
		fd.report.Blank = fd.blank
		st.prepare(fd)
		st.runChecks(ScopeForm, fd, nil)
		st.score(fd)
		forms = append(forms, fd)
	}
	if st.stopped() { // the last sheet may have been cut short
		return nil, nil, st.err
	}
	if len(forms) == 0 {
		names := make([]string, len(wb.Sheets))
		for i, s := range wb.Sheets {
			names[i] = s.Name
		}
		return nil, nil, &NoFormError{File: wb.Name, Sheets: names}
	}
	st.noteUnrecognised(unrecognised)
	st.runChecks(ScopeWorkbook, nil, forms)
	if st.stopped() {
		return nil, nil, st.err
	}
	st.suggestFixes()
	return st, forms, nil
}

// runChecks runs the checks of a scope that are not disabled: on one form,
// or on the workbook with all its forms.
func (st *state) runChecks(scope Scope, form *FormData, forms []*FormData) {
	p := &Pass{Workbook: st.wb, Form: form, Forms: forms, Lang: st.lang, st: st}
	for _, c := range st.cat.checks {
		if c.Run == nil || c.Scope != scope || st.cat.disabled[c.Code] {
			continue
		}
		if form != nil && !c.appliesTo(form.Kind()) {
			continue
		}
		if st.stopped() {
			return
		}
		if form != nil && form.blank && c.NeedsFilledForm {
			st.skip(c, form, present.Plain(&reasonBlank), nil)
			continue
		}
		p.Check, p.inapplicable = c, false
		c.Run(p)
		if form != nil && !p.inapplicable {
			form.checked = append(form.checked, c.Code)
		}
	}
}

// result sorts the findings and applies the limit, keeping errors first,
// then warnings, then infos; a negative limit keeps all.
func (st *state) result(limit int) ([]Finding, bool) {
	fs := st.findings
	sortFindings(fs)
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
