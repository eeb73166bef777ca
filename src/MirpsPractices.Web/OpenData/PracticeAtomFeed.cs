using System.Globalization;
using System.Text;
using System.Xml;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.Web.Localization;

namespace MirpsPractices.Web.OpenData;

/// <summary>Atom 1.0 (RFC 4287) feed of newly published practices for one filtered view of the catalogue.</summary>
public static class PracticeAtomFeed
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(IReadOnlyList<PracticeRecord> records, string baseUrl, string selfUrl, string alternateUrl, string title, string author, ReferenceLabels labels)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteElementString("id", AtomNamespace, selfUrl);
            xml.WriteElementString("title", AtomNamespace, title);
            var updated = records.Select(r => r.PublishedAtUtc ?? r.UpdatedAtUtc).DefaultIfEmpty(DateTime.UnixEpoch).Max();
            xml.WriteElementString("updated", AtomNamespace, Timestamp(updated));
            Link(xml, "self", selfUrl, "application/atom+xml");
            Link(xml, "alternate", alternateUrl, "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, author);
            xml.WriteEndElement();
            foreach (var record in records)
            {
                var url = baseUrl + PracticeLinks.Practice(record.Id, record.Slug);
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteAttributeString("xml", "lang", null, record.Language);
                xml.WriteElementString("id", AtomNamespace, url);
                xml.WriteElementString("title", AtomNamespace, record.Title);
                var published = record.PublishedAtUtc ?? record.UpdatedAtUtc;
                xml.WriteElementString("published", AtomNamespace, Timestamp(published));
                xml.WriteElementString("updated", AtomNamespace, Timestamp(published));
                Link(xml, "alternate", url, "text/html");
                xml.WriteElementString("summary", AtomNamespace, record.Summary);
                foreach (var code in record.CountryCodes)
                {
                    Category(xml, "country:" + code, labels.Country(code));
                }
                foreach (var area in record.StrategyAreas)
                {
                    Category(xml, "area:" + area, labels.For(area));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void Category(XmlWriter xml, string term, string label)
    {
        xml.WriteStartElement("category", AtomNamespace);
        xml.WriteAttributeString("term", term);
        xml.WriteAttributeString("label", label);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
