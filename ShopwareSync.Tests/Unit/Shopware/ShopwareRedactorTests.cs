using ShopwareSync.Core.Shopware;

namespace ShopwareSync.Tests.Unit.Shopware;

public class ShopwareRedactorTests
{
    [TestCase("""{"grant_type":"client_credentials","client_id":"SWIA1","client_secret":"s3cr3t"}""", "s3cr3t")]
    [TestCase("""{"token_type":"Bearer","expires_in":600,"access_token":"eyJ0eXAi.eyJhdWQi.sig"}""", "eyJ0eXAi.eyJhdWQi.sig")]
    [TestCase("""{"refresh_token": "def50200abc"}""", "def50200abc")]
    [TestCase("""{"username":"admin","password":"hunter2"}""", "hunter2")]
    [TestCase("grant_type=password&username=admin&password=hunter2&client_id=administration", "hunter2")]
    [TestCase("client_secret=s3cr3t", "s3cr3t")]
    [TestCase("Authorization: Bearer eyJ0eXAi.payload.sig", "eyJ0eXAi.payload.sig")]
    [TestCase("Authorization: Basic dXNlcjpwYXNz", "dXNlcjpwYXNz")]
    [TestCase("upstream said: Bearer abc.def.ghi rejected", "abc.def.ghi")]
    public void Redact_TextWithSecret_RemovesSecret(string text, string secret)
    {
        var redacted = ShopwareRedactor.Redact(text);

        Assert.That(redacted, Does.Not.Contain(secret).And.Contain(ShopwareRedactor.Mask));
    }

    [Test]
    public void Redact_TextWithoutSecret_KeepsText()
    {
        Assert.That(ShopwareRedactor.Redact("Product with number \"SKU-1\" already exists."),
            Is.EqualTo("Product with number \"SKU-1\" already exists."));
    }

    [Test]
    public void Redact_LongHtmlPage_CollapsesWhitespaceAndTruncates()
    {
        var page = "<html>\n  <body>" + new string('x', 2000) + "</body>\n</html>";

        var redacted = ShopwareRedactor.Redact(page, 100);

        Assert.That(redacted, Has.Length.EqualTo(101).And.StartsWith("<html> <body>").And.EndsWith("…"));
    }
}
