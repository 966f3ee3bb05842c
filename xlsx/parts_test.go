package xlsx

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWorkbookLayoutFromSmallParts(t *testing.T) {
	p := &pkg{small: map[string][]byte{
		"_rels/.rels": []byte(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
		"xl/_rels/workbook.xml.rels": []byte(`<Relationships>` +
			`<Relationship Id="rId2" Type="…/relationships/worksheet" Target="worksheets/Sheet2.xml"/>` +
			`<Relationship Id="rId1" Type="…/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId3" Type="…/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>` +
			`<Relationship Id="rId4" Type="…/relationships/styles" Target="styles.xml"/></Relationships>`),
		"xl/workbook.xml": []byte(`<workbook xmlns:r="r"><bookViews><sheet name="not a sheet" r:id="rId1"/></bookViews>` +
			`<sheets><sheet name="评分表" sheetId="7" r:id="rId2"/><sheet name="A&amp;B" sheetId="1" r:id="rId1"/>` +
			`<sheet name="图" sheetId="3" r:id="rId3"/><sheet name="no prefix" id="rId1"/></sheets></workbook>`),
		"docprops/app.xml": []byte(`<Properties><Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>`),
	}}
	sheets, styles, err := p.workbookLayout()
	if err != nil {
		t.Fatal(err)
	}
	want := []sheetPart{{name: "评分表", part: "xl/worksheets/sheet2.xml"}, {name: "A&B", part: "xl/worksheets/sheet1.xml"}}
	if diff := cmp.Diff(want, sheets, cmp.AllowUnexported(sheetPart{})); diff != "" {
		t.Errorf("sheets (-want +got):\n%s", diff)
	}
	if styles != "xl/styles.xml" {
		t.Errorf("styles = %q", styles)
	}
	if got := p.producer(); got != "Microsoft Excel 16.0300" {
		t.Errorf("producer = %q", got)
	}
}

func TestWorkbookLayoutRejectsDamage(t *testing.T) {
	for _, wb := range []string{"", "<workbook><sheets>", "<workbook></sheets>", "<workbook/><workbook/>", "<workbook><sheet name='a' r:id='x></workbook>"} {
		p := &pkg{small: map[string][]byte{"xl/workbook.xml": []byte(wb)}}
		if _, _, err := p.workbookLayout(); err == nil {
			t.Errorf("%q: no error", wb)
		}
	}
}

func TestProducerWithoutVersionOrDamaged(t *testing.T) {
	for app, want := range map[string]string{
		`<Properties><Application>LibreOffice/7.4</Application></Properties>`: "LibreOffice/7.4",
		`<Properties><Application>WPS</Application>`:                          "",
		`<Properties><x><Application>nested</Application></x></Properties>`:   "",
	} {
		p := &pkg{small: map[string][]byte{"docprops/app.xml": []byte(app)}}
		if got := p.producer(); got != want {
			t.Errorf("%s: producer %q, want %q", app, got, want)
		}
	}
}
