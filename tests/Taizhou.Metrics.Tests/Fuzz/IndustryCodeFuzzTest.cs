using System;
using System.Globalization;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Fuzz;
using Xunit;

namespace Taizhou.Metrics.Tests.Fuzz;

/// <summary>
/// Bounded random-input tests of <see cref="IndustryCode.Parse"/> and <see cref="IndustryCode.TryParse"/>: every four
/// digits from 0000 to 9999, bare and after every letter, and random edits of class codes either are refused
/// (<c>TryParse</c> false, <c>Parse</c> throws <see cref="FormatException"/> quoting the text) or give a class whose
/// code, and whose code after its section letter, parse back to it.
/// </summary>
public class IndustryCodeFuzzTest
{
    private const string CodeAlphabet = "0123456789ACTZcxＣ０ 　-.";

    [Fact]
    public void EveryFourDigits_AndEveryLetterBeforeThem_ParseToARoundTrippingClass_OrThrowFormatException()
    {
        int classes = 0;
        for (int v = 0; v <= 9999; v++)
        {
            string digits = v.ToString("D4", CultureInfo.InvariantCulture);
            if (Check(digits))
            {
                classes++;
                int lettered = 0;
                for (char letter = 'A'; letter <= 'Z'; letter++)
                {
                    lettered += Check(letter + digits) ? 1 : 0;
                    lettered += Check(char.ToLowerInvariant(letter) + digits) ? 1 : 0;
                }

                Assert.Equal(2, lettered);   // the section's letter, in either case
            }
        }

        // Divisions 01 to 97, groups 1 to 9, any fourth digit; and 9700.
        Assert.Equal((97 * 9 * 10) + 1, classes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AlmostValidText_GivesARoundTrippingClass_OrThrowsFormatException(int seed)
    {
        var m = new Mutator(seed);
        string[] valid = ["3670", "C3670", "0111", "A0111", "9700", "T9700", "4690", "D4690"];
        int parsed = 0;
        for (int i = 0; i < 5000; i++)
        {
            string text = m.Random.Next(5) == 0 ? m.RandomText(CodeAlphabet, 7) : m.MutateWord(m.Pick(valid), CodeAlphabet, 2);
            parsed += Check(text) ? 1 : 0;
        }

        Assert.InRange(parsed, 100, 4900);
    }

    private static bool Check(string text)
    {
        bool ok;
        IndustryCode code;
        try
        {
            ok = IndustryCode.TryParse(text, out code);
        }
        catch (Exception ex)
        {
            Assert.Fail($"TryParse('{Mutator.Show(text)}') threw {ex.GetType().Name}: {ex.Message}");
            throw;
        }

        if (!ok)
        {
            var error = Assert.Throws<FormatException>(() => IndustryCode.Parse(text));
            Assert.Contains(Taizhou.Metrics.Text.CellText.Quote(text), error.Message, StringComparison.Ordinal);   // quoted cut and escaped
            return false;
        }

        Assert.Equal(code, IndustryCode.Parse(text));
        Assert.Equal(code, IndustryCode.Parse(code.Code));
        Assert.Equal(code, IndustryCode.Parse(code.Section + code.Code));
        Assert.StartsWith(code.Division, code.Code, StringComparison.Ordinal);
        Assert.True(code.IsUnder(code.Division) && code.IsUnder(code.Group) && code.IsUnder(code.Code), code.Code);
        return true;
    }
}
