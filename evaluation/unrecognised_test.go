package evaluation_test

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jixiao-go/jixiao/evaluation"
	"github.com/xuri/excelize/v2"
)

// A sheet written with a form's words but with no header jixiao reads is
// said to be unread (JX009, info, at its first form word), not passed
// over in silence; the 核查结果 sheet of an annotated copy and sheets with
// no form words are not.
func TestUnrecognisedSheetIsSaid(t *testing.T) {
	data, err := os.ReadFile("../testdata/haizhu-kexie-2023.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	data = editBook(t, data, func(f *excelize.File) error {
		for sheet, cells := range map[string][][2]string{
			"附表":   {{"A1", "说明"}, {"B3", "项目绩效目标表"}, {"B4", "绩效指标"}, {"C4", "完成情况"}},
			"核查结果": {{"A1", "核查结果"}, {"A2", "得分"}},
			"封面":   {{"A1", "广州市海珠区科学技术协会"}},
		} {
			if _, err := f.NewSheet(sheet); err != nil {
				return err
			}
			for _, c := range cells {
				if err := f.SetCellValue(sheet, c[0], c[1]); err != nil {
					return err
				}
			}
		}
		return nil
	})
	rep := checkBytes(t, data)
	var got []string
	for _, f := range rep.Findings {
		if f.Code == evaluation.CodeUnrecognisedSheet {
			got = append(got, string(f.Severity)+" "+f.Sheet+"!"+f.Cell+" "+f.Actual)
		}
	}
	want := []string{"info 附表!B3 项目绩效目标表"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JX009 (-want +got):\n%s", diff)
	}
	if !rep.Valid {
		t.Error("an extra sheet made the reference workbook fail")
	}
}
