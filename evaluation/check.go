package evaluation

import (
	"fmt"
	"slices"

	"github.com/jixiao-go/jixiao/present"
)

// Check is one thing jixiao checks, as a value: its stable code and
// severity, its title and documentation in both languages, the forms it
// applies to, the sentences it may say, and the function that runs it. A
// finding is reported through its check (Pass.Report), so its code and
// severity always come from the check that found it.
//
// Checks are in the manner of golang.org/x/tools/go/analysis: the package's
// own are listed by Checks, a Checker runs the list in its Checks field, and
// a program may add its own (see the example of Checker.Checks). A Check is
// a plain value: copying it copies the check.
type Check struct {
	// Code is stable: a code is never reused for another meaning, and a
	// retired code stays retired. The package's codes are JX followed by
	// three digits, grouped by hundreds: 0xx general, 1xx sums, 2xx rates,
	// 3xx scores and grades, 4xx scores recomputed from their 评分标准, 5xx
	// the narrative report (表文一致).
	Code     string
	Severity Severity
	// Title is a few words; Doc explains what is checked and how, in
	// paragraphs of plain text.
	Title present.Text
	Doc   present.Text
	// Forms are the kinds of form the check runs on; nil means all.
	Forms []FormKind
	// Scope says whether Run runs once per form or once per workbook.
	Scope Scope
	// NeedsFilledForm marks a check that reports what a department left
	// out (a missing score, rate or grade) or adds up what it fills in
	// (weights and scores): it does not run on a blank form (JX010), whose
	// coverage says so, since everything is left out.
	NeedsFilledForm bool
	// Messages are the sentences the check's findings may carry, with their
	// placeholders, for its documentation.
	Messages []*present.Text
	// Run checks one form (Pass.Form), or the whole workbook when Scope is
	// ScopeWorkbook, and reports what it finds through the Pass. A nil Run
	// marks a check that other checks report on their behalf, such as
	// JX001 (within rounding), which every sum reports: disabling it drops
	// its findings, and the checks that report it still run.
	Run func(*Pass)
}

// Scope is how often a check runs.
type Scope uint8

// The scopes of a check.
const (
	// ScopeForm runs the check once for every recognised form whose kind
	// is in Check.Forms.
	ScopeForm Scope = iota
	// ScopeWorkbook runs the check once per workbook, after every form was
	// checked, with every form in Pass.Forms.
	ScopeWorkbook
)

// appliesTo reports whether the check runs on a form of kind k.
func (c *Check) appliesTo(k FormKind) bool {
	return c.Forms == nil || slices.Contains(c.Forms, k)
}

// Checks returns the package's checks in code order, as copies: changing
// one changes no other Checker's.
func Checks() []Check {
	list := []Check{
		withinRounding, computedFormula, notANumber, missingNumber, amountUnit, formulaNotDone, formulaCycle, roundingSlip, unrecognisedSheet, blankForm,
		sourceSum, natureSum, matrixRow, matrixColumn, acrossBlocks, acrossSheets,
		rateCheck, spendingNoBudget, rateMissing, rateScore,
		scoreRange, childWeights, weightsTo100, totalWeight, totalScore, subtotal, declaredTotal, grade, gradeMissing, scoreMissing, convertedScore,
		ruleScore, missedFullMarks, unitMismatch, ruleUnreadable,
		reportSum, reportNatures, reportRate, reportWorkbook,
	}
	return list
}

// LookupCheck returns the package's check of a code.
func LookupCheck(code string) (Check, bool) {
	for _, c := range Checks() {
		if c.Code == code {
			return c, true
		}
	}
	return Check{}, false
}

// catalogue is the checks of one Checker, ready to run: the list in code
// order, without the disabled ones' Runs, and an index by code.
type catalogue struct {
	checks   []*Check
	byCode   map[string]*Check
	disabled map[string]bool
}

// newCatalogue validates a list of checks and the codes to disable: every
// check needs a code and a severity, no code may appear twice, and a code to
// disable must name a check of the list.
func newCatalogue(list []Check, disable []string) (*catalogue, error) {
	cat := &catalogue{byCode: make(map[string]*Check, len(list)), disabled: map[string]bool{}}
	for i := range list {
		c := &list[i]
		switch {
		case c.Code == "":
			return nil, fmt.Errorf("evaluation: check %d has no code", i)
		case !c.Severity.valid():
			return nil, fmt.Errorf("evaluation: check %s: severity %q is not error, warning or info", c.Code, c.Severity)
		case cat.byCode[c.Code] != nil:
			return nil, fmt.Errorf("evaluation: two checks have the code %s", c.Code)
		}
		cat.byCode[c.Code] = c
		cat.checks = append(cat.checks, c)
	}
	slices.SortStableFunc(cat.checks, func(a, b *Check) int {
		switch {
		case a.Code < b.Code:
			return -1
		case a.Code > b.Code:
			return 1
		}
		return 0
	})
	for _, code := range disable {
		if cat.byCode[code] == nil {
			return nil, fmt.Errorf("evaluation: no check has the code %s to disable", code)
		}
		cat.disabled[code] = true
	}
	return cat, nil
}
