using System.Globalization;
using System.Text;

namespace Portal.Sandbox.MyKaarma;

/// <summary>
/// The smallest valid PDF that shows some lines of text (one page, Helvetica, no compression), so sandbox documents
/// open in any viewer without a PDF library.
/// </summary>
internal static class SandboxPdf
{
    public static byte[] Create(IReadOnlyList<string> lines)
    {
        var text = new StringBuilder("BT /F1 12 Tf 14 TL 56 780 Td\n");
        foreach (var line in lines)
        {
            text.Append('(').Append(Escape(line)).Append(") Tj T*\n");
        }
        text.Append("ET");
        var stream = text.ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {Encoding.Latin1.GetByteCount(stream)} >>\nstream\n{stream}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>PDF string escapes; characters outside Latin-1 become '?' (the standard font has no others).</summary>
    private static string Escape(string line)
    {
        var s = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            s.Append(c switch
            {
                '\\' or '(' or ')' => "\\" + c,
                > '\u00ff' or < ' ' => "?",
                _ => c.ToString(),
            });
        }
        return s.ToString();
    }
}
