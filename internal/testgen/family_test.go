package testgen_test

import (
	"strings"
	"testing"

	"github.com/jixiao-go/jixiao/internal/testgen"
	"github.com/jixiao-go/jixiao/xlsx"
)

// Every family's Layout keys name the cells its values were written to.
func TestFamilyLayoutNamesTheCellsWritten(t *testing.T) {
	for _, tc := range []struct {
		name string
		wb   *testgen.Workbook
		keys map[string]string // key → the cell's text
	}{
		{"F3", testgen.HubeiProject(), map[string]string{
			"family[0].fund[0].adjusted": "278.4449", "family[0].fund[年度财政资金总额].score": "2.15",
			"family[0].row[0].score": "15", "family[0].row[四、农户施肥情况调查（户）].actual": "300户", "family[0].total.score": "82.15",
		}},
		{"F5", testgen.ChongqingDepartment(), map[string]string{
			"family[0].declared": "97.93", "family[0].fund[0].rate": "79.27", "family[0].fund[1].executed": "1604.50",
			"family[0].row[森林火灾受害率].nature": "≤", "family[0].row[8].score": "10",
		}},
		{"F6", testgen.HunanDepartment(), map[string]string{
			"family[0].row[0].level1": "投 入（15分）", "family[0].row[2].level2": "预算配置（15分）",
			"family[0].row[完成及时率].score": "9", "family[0].total.weight": "100", "family[0].total.score": "99",
		}},
	} {
		book, layout, err := tc.wb.Read()
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		for key, text := range tc.keys {
			pos, ok := layout[key]
			if !ok {
				t.Errorf("%s: no key %s", tc.name, key)
				continue
			}
			c := book.Sheet(pos.Sheet).At(xlsx.Ref(pos))
			if c == nil || strings.TrimSpace(c.Text) != text {
				t.Errorf("%s: %s at %s holds %+v, want %q", tc.name, key, pos, c, text)
			}
		}
	}
}

func TestUnknownFamilyIsRefused(t *testing.T) {
	wb := &testgen.Workbook{Families: []*testgen.FamilyForm{{Family: "F99"}}}
	if _, err := wb.Bytes(); err == nil || !strings.Contains(err.Error(), "F99") {
		t.Errorf("err = %v, want one naming F99", err)
	}
}
