using System.Xml.Linq;
using WireDesk.Formats.Xml;

namespace WireDesk.Formats.Nitf;

/// <summary>Reads a nitf element, namespaced or not, into the NITF wire types.</summary>
public static class NitfReader
{
    public static NitfDocument Read(XElement nitf)
    {
        var head = nitf.Child("head");
        var body = nitf.Child("body");
        return new NitfDocument(ReadHead(head), ReadBodyHead(body?.Child("body.head")), body?.Child("body.content"), body?.Child("body.end"))
        {
            Language = body.Lang() ?? nitf.Lang() ?? head.Lang() ?? nitf.Attr("baselang"),
        };
    }

    private static NitfHead ReadHead(XElement? head)
    {
        if (head is null) return new NitfHead(null, new NitfDocData());
        var tobject = head.Child("tobject");
        var pubdata = head.Child("pubdata");
        return new NitfHead(head.ChildText("title"), ReadDocData(head.Child("docdata")))
        {
            ObjectType = tobject.Attr("tobject.type"),
            ObjectProperty = tobject?.Child("tobject.property").Attr("tobject.property.type"),
            Subjects = tobject is null ? [] : tobject.Children("tobject.subject").Select(ReadSubject).OfType<NitfSubject>().ToList(),
            PublicationDate = pubdata.Attr("date.publication"),
            PublicationName = pubdata.Attr("name"),
        };
    }

    private static NitfSubject? ReadSubject(XElement subject) =>
        subject.Attr("tobject.subject.refnum") is { } refnum
            ? new NitfSubject(refnum, subject.Attr("tobject.subject.ipr"), subject.Attr("tobject.subject.type"),
                subject.Attr("tobject.subject.matter"), subject.Attr("tobject.subject.detail"))
            : null;

    private static NitfDocData ReadDocData(XElement? docdata)
    {
        if (docdata is null) return new NitfDocData();
        var docId = docdata.Child("doc-id");
        var duKey = docdata.Child("du-key");
        return new NitfDocData
        {
            DocId = docId.Attr("id-string"),
            DocIdSource = docId.Attr("regsrc"),
            ManagementStatus = docdata.Attr("management-status"),
            ManagementDocIdRef = docdata.Attr("management-doc-idref"),
            ManagementIdRefStatus = docdata.Attr("management-idref-status"),
            Urgency = docdata.Child("urgency").Attr("ed-urg"),
            DateIssue = docdata.Child("date.issue").Attr("norm"),
            DateRelease = docdata.Child("date.release").Attr("norm"),
            DateExpire = docdata.Child("date.expire").Attr("norm"),
            DuKey = duKey is null ? null
                : new NitfDuKey(duKey.Attr("key"), duKey.Attr("version"), duKey.Attr("generation"), duKey.Attr("part")),
            Corrections = docdata.Children("correction")
                .Select(c => new NitfCorrection(Collapse(c.Attr("info")), c.Attr("id-string"), c.Attr("regsrc"))).ToList(),
            EditorialMessages = docdata.Children("ed-msg").Select(m => Collapse(m.Attr("info"))).OfType<string>().ToList(),
            EventLocations = docdata.Children("evloc")
                .Select(e => new NitfEventLocation(e.Attr("city"), e.Attr("county-dist"), e.Attr("state-prov"), e.Attr("iso-cc"))).ToList(),
            Keywords = docdata.Children("key-list").SelectMany(list => list.Children("keyword"))
                .Select(k => Collapse(k.Attr("key"))).OfType<string>().ToList(),
            CopyrightHolder = docdata.Child("doc.copyright").Attr("holder"),
        };
    }

    private static NitfBodyHead ReadBodyHead(XElement? bodyHead)
    {
        if (bodyHead is null) return new NitfBodyHead();
        var hedline = bodyHead.Child("hedline");
        return new NitfBodyHead
        {
            Headline = hedline?.ChildText("hl1"),
            SubHeadline = hedline?.ChildText("hl2"),
            Bylines = bodyHead.Children("byline").Select(b => b.Text()).OfType<string>().ToList(),
            Distributor = bodyHead.ChildText("distributor"),
            Dateline = ReadDateline(bodyHead.Child("dateline")),
            Abstract = ReadAbstract(bodyHead.Child("abstract")),
        };
    }

    private static NitfDateline? ReadDateline(XElement? dateline)
    {
        if (dateline is null || dateline.Text() is not { } text) return null;
        var location = dateline.Child("location");
        return new NitfDateline(text)
        {
            City = location?.ChildText("city"),
            State = location?.ChildText("state"),
            Country = location?.ChildText("country"),
            StoryDateNorm = dateline.Child("story.date").Attr("norm"),
        };
    }

    private static IReadOnlyList<string> ReadAbstract(XElement? abstractElement)
    {
        if (abstractElement is null) return [];
        if (!abstractElement.HasElements) return abstractElement.Text() is { } only ? [only] : [];
        return abstractElement.Elements().Select(e => e.Text()).OfType<string>().ToList();
    }

    private static string? Collapse(string? text) =>
        text is null ? null : WhiteSpace.Collapse(text) is { Length: > 0 } collapsed ? collapsed : null;
}
