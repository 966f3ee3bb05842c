package evaluation_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/jixiao-go/jixiao/vocabulary"
)

// A bureau whose forms say 全年可用资金 for 全年预算数 adds the word to the
// vocabulary, and the forms are read as the standard ones are: the project
// sheet's fund block, which cannot be found without it, is checked.
func TestVocabularyMakesANewSynonymReadable(t *testing.T) {
	wb := testgen.Reference()
	wb.Style.AdjustedWord = "全年可用资金"
	wb.Projects[0].Funds[0].Executed = "40" // a planted error: 年度资金总额 spent 40 of 47
	data, layout, err := wb.Build()
	if err != nil {
		t.Fatal(err)
	}
	evaluate := func(v *vocabulary.Vocabulary) *evaluation.Report {
		rep, err := evaluation.EvaluateReaderAt(context.Background(), bytes.NewReader(data), int64(len(data)), "bureau.xlsx", evaluation.Options{Vocabulary: v})
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	rate := layout.Cell("project[0].fund[年度资金总额].rate")
	hasRateFinding := func(rep *evaluation.Report) bool {
		for _, f := range rep.Findings {
			if f.Code == evaluation.CodeRate && f.Cell == rate {
				return true
			}
		}
		return false
	}
	if hasRateFinding(evaluate(nil)) {
		t.Fatal("the default vocabulary already reads 全年可用资金; the test proves nothing")
	}
	entries, err := vocabulary.Parse(strings.NewReader("measure.adjusted: 全年可用资金\n"), "bureau.txt")
	if err != nil {
		t.Fatal(err)
	}
	v, err := vocabulary.Default().With(entries...)
	if err != nil {
		t.Fatal(err)
	}
	if !hasRateFinding(evaluate(v)) {
		t.Errorf("with 全年可用资金 in the vocabulary, the 执行率 at %s is not checked", rate)
	}
}
