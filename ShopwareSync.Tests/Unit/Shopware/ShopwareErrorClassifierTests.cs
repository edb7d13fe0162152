using System.Net.Http.Headers;
using System.Net.Sockets;
using Polly.CircuitBreaker;
using Polly.Timeout;
using ShopwareSync.Core.Shopware.Errors;
using ShopwareSync.Core.Shopware.Mapping;

namespace ShopwareSync.Tests.Unit.Shopware;

public class ShopwareErrorClassifierTests
{
    [TestCase(500, "1213", ShopwareErrorClass.Retryable, ShopwareErrorReason.Deadlock)]
    [TestCase(500, "0", ShopwareErrorClass.Retryable, ShopwareErrorReason.ServerError)]
    [TestCase(500, "FRAMEWORK__API_INVALID_ACCESS_KEY", ShopwareErrorClass.Permanent, ShopwareErrorReason.InvalidCredentials)]
    [TestCase(500, "FRAMEWORK__DEFINITION_NOT_FOUND", ShopwareErrorClass.Permanent, ShopwareErrorReason.Rejected)]
    [TestCase(500, "1062", ShopwareErrorClass.Permanent, ShopwareErrorReason.Conflict)]
    [TestCase(502, null, ShopwareErrorClass.Retryable, ShopwareErrorReason.Unavailable)]
    [TestCase(503, null, ShopwareErrorClass.Retryable, ShopwareErrorReason.Unavailable)]
    [TestCase(504, null, ShopwareErrorClass.Retryable, ShopwareErrorReason.Unavailable)]
    [TestCase(429, "FRAMEWORK__AUTH_THROTTLED", ShopwareErrorClass.Retryable, ShopwareErrorReason.RateLimited)]
    [TestCase(408, null, ShopwareErrorClass.Retryable, ShopwareErrorReason.RequestTimeout)]
    [TestCase(401, "9", ShopwareErrorClass.Retryable, ShopwareErrorReason.TokenRejected)]
    [TestCase(401, "4", ShopwareErrorClass.Permanent, ShopwareErrorReason.InvalidCredentials)]
    [TestCase(400, "6", ShopwareErrorClass.Permanent, ShopwareErrorReason.InvalidCredentials)]
    [TestCase(401, "8", ShopwareErrorClass.Permanent, ShopwareErrorReason.InvalidCredentials)]
    [TestCase(403, "FRAMEWORK__MISSING_PRIVILEGE_ERROR", ShopwareErrorClass.Permanent, ShopwareErrorReason.Forbidden)]
    [TestCase(404, "FRAMEWORK__RESOURCE_NOT_FOUND", ShopwareErrorClass.Permanent, ShopwareErrorReason.NotFound)]
    [TestCase(409, "FRAMEWORK__DELETE_RESTRICTED", ShopwareErrorClass.Permanent, ShopwareErrorReason.Conflict)]
    [TestCase(400, "CONTENT__DUPLICATE_PRODUCT_NUMBER", ShopwareErrorClass.Permanent, ShopwareErrorReason.DuplicateProductNumber)]
    [TestCase(400, "FRAMEWORK__WRITE_TYPE_INTEND_ERROR", ShopwareErrorClass.Permanent, ShopwareErrorReason.Conflict)]
    [TestCase(400, "c1051bb4-d103-4f74-8988-acbcafc7fdc3", ShopwareErrorClass.Permanent, ShopwareErrorReason.Validation)]
    [TestCase(412, "FRAMEWORK__LANGUAGE_NOT_FOUND", ShopwareErrorClass.Permanent, ShopwareErrorReason.Rejected)]
    [TestCase(415, "0", ShopwareErrorClass.Permanent, ShopwareErrorReason.Rejected)]
    [TestCase(302, null, ShopwareErrorClass.Permanent, ShopwareErrorReason.Rejected)]
    public void Classify_StatusAndCode_MapsToClassAndReason(int status, string? code, ShopwareErrorClass expectedClass, ShopwareErrorReason expectedReason)
    {
        var (errorClass, reason) = ShopwareErrorClassifier.Classify(status, code);

        Assert.That((errorClass, reason), Is.EqualTo((expectedClass, expectedReason)));
    }

    [Test]
    public void ClassifyResponse_SyncValidationErrors_KeepsCodesDetailsAndRecordIndexes()
    {
        const string body = """
            { "errors": [
              { "code": "ba785a8c-82cb-4283-967c-3cf342181b40", "status": "400", "detail": "This value should be of type int.",
                "template": "This value should be of type {{ type }}.", "meta": { "parameters": { "{{ type }}": "int" } },
                "source": { "pointer": "/stock-batch-42/3/stock" } },
              { "code": "c1051bb4-d103-4f74-8988-acbcafc7fdc3", "status": "400", "detail": "This value should not be blank.",
                "meta": { "parameters": [] }, "source": { "pointer": "/stock-batch-42/7/productNumber" } } ] }
            """;

        var failure = ShopwareErrorClassifier.ClassifyResponse(400, "application/json", body);

        Assert.Multiple(() =>
        {
            Assert.That(failure.Class, Is.EqualTo(ShopwareErrorClass.Permanent));
            Assert.That(failure.Reason, Is.EqualTo(ShopwareErrorReason.Validation));
            Assert.That(failure.RecordIndexes, Is.EqualTo(new[] { 3, 7 }));
            Assert.That(failure.Errors[0].OperationKey, Is.EqualTo("stock-batch-42"));
            Assert.That(failure.Errors[0].Source!.Field, Is.EqualTo("stock"));
            Assert.That(failure.Errors[0].Detail, Is.EqualTo("This value should be of type int."));
            Assert.That(failure.Errors[0].Parameters["{{ type }}"], Is.EqualTo("int"));
            Assert.That(failure.Errors[1].Parameters, Is.Empty);
            Assert.That(failure.Message, Does.Contain("/stock-batch-42/3/stock").And.Contain("(and 1 more)"));
        });
    }

    [Test]
    public void ClassifyResponse_ThrottledWithoutRetryAfterHeader_TakesSecondsFromBody()
    {
        const string body = """
            { "errors": [ { "status": "429", "code": "FRAMEWORK__AUTH_THROTTLED", "title": "Too Many Requests",
              "detail": "Auth throttled for 10 seconds.", "meta": { "parameters": { "seconds": 10 } } } ] }
            """;

        var failure = ShopwareErrorClassifier.ClassifyResponse(429, "application/json", body);

        Assert.That(failure.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void ClassifyResponse_NumericCodeFromProxy_ReadsItAsString()
    {
        var failure = ShopwareErrorClassifier.ClassifyResponse(500, "application/json", """{"errors":[{"code":1213,"status":500}]}""");

        Assert.That(failure.Reason, Is.EqualTo(ShopwareErrorReason.Deadlock));
    }

    [TestCase("<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html", 502, ShopwareErrorReason.Unavailable)]
    [TestCase("", null, 500, ShopwareErrorReason.ServerError)]
    [TestCase("""{"errors":[{"code":"FRAMEWORK__""", "application/json", 400, ShopwareErrorReason.Validation)]
    [TestCase("""{"message":"not shopware"}""", "application/json", 404, ShopwareErrorReason.NotFound)]
    public void ClassifyResponse_BodyNotShopwareErrorJson_ClassifiesByStatusAndQuotesBody(string body, string? contentType, int status, ShopwareErrorReason expected)
    {
        var failure = ShopwareErrorClassifier.ClassifyResponse(status, contentType, body);

        Assert.Multiple(() =>
        {
            Assert.That(failure.Reason, Is.EqualTo(expected));
            Assert.That(failure.Errors, Is.Empty);
            Assert.That(failure.Message, Does.Contain($"HTTP {status}"));
        });
    }

    [Test]
    public void ClassifyMalformedResponse_HtmlWithSuccessStatus_IsRetryableMalformed()
    {
        var failure = ShopwareErrorClassifier.ClassifyMalformedResponse(200, "text/html", "<html>Maintenance</html>");

        Assert.Multiple(() =>
        {
            Assert.That(failure.Class, Is.EqualTo(ShopwareErrorClass.Retryable));
            Assert.That(failure.Reason, Is.EqualTo(ShopwareErrorReason.MalformedResponse));
            Assert.That(failure.Message, Does.Contain("text/html").And.Contain("Maintenance"));
        });
    }

    public static IEnumerable<TestCaseData> Exceptions()
    {
        yield return new TestCaseData(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused", new SocketException(111)),
            ShopwareErrorClass.Retryable, ShopwareErrorReason.NoResponse).SetName("ClassifyException_ConnectionRefused_RetryableNoResponse");
        yield return new TestCaseData(new TimeoutRejectedException(TimeSpan.FromSeconds(10)),
            ShopwareErrorClass.Retryable, ShopwareErrorReason.Timeout).SetName("ClassifyException_AttemptTimeout_RetryableTimeout");
        yield return new TestCaseData(new TaskCanceledException("inner timeout"),
            ShopwareErrorClass.Retryable, ShopwareErrorReason.Timeout).SetName("ClassifyException_CancelledNotByCaller_RetryableTimeout");
        yield return new TestCaseData(new BrokenCircuitException("open"),
            ShopwareErrorClass.Retryable, ShopwareErrorReason.CircuitOpen).SetName("ClassifyException_CircuitOpen_RetryableCircuitOpen");
        yield return new TestCaseData(new ProductMappingException("A-1", "gross_price", "has no price"),
            ShopwareErrorClass.Permanent, ShopwareErrorReason.InvalidSourceData).SetName("ClassifyException_UnmappableRow_PermanentInvalidSourceData");
        yield return new TestCaseData(new InvalidOperationException("bug"),
            ShopwareErrorClass.Permanent, ShopwareErrorReason.Rejected).SetName("ClassifyException_Unknown_Permanent");
    }

    [TestCaseSource(nameof(Exceptions))]
    public void ClassifyException_Kind_MapsToClassAndReason(Exception exception, ShopwareErrorClass expectedClass, ShopwareErrorReason expectedReason)
    {
        var failure = ShopwareErrorClassifier.ClassifyException(exception);

        Assert.That((failure.Class, failure.Reason), Is.EqualTo((expectedClass, expectedReason)));
    }

    [Test]
    public void ParseRetryAfter_Seconds_ReturnsDelta()
    {
        var delay = ShopwareErrorClassifier.ParseRetryAfter(new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), DateTimeOffset.UnixEpoch);

        Assert.That(delay, Is.EqualTo(TimeSpan.FromSeconds(7)));
    }

    [Test]
    public void ParseRetryAfter_HttpDate_ReturnsTimeUntilDate()
    {
        var now = new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
        var header = RetryConditionHeaderValue.Parse("Wed, 25 Nov 2026 08:00:42 GMT");

        Assert.That(ShopwareErrorClassifier.ParseRetryAfter(header, now), Is.EqualTo(TimeSpan.FromSeconds(42)));
    }

    [Test]
    public void ParseRetryAfter_DateInThePast_ReturnsZero()
    {
        var now = new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
        var header = RetryConditionHeaderValue.Parse("Wed, 25 Nov 2026 07:59:00 GMT");

        Assert.That(ShopwareErrorClassifier.ParseRetryAfter(header, now), Is.EqualTo(TimeSpan.Zero));
    }
}
