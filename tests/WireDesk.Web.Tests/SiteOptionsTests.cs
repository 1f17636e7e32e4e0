using Microsoft.Extensions.Configuration;
using WireDesk.Web.Tests.Infrastructure;

namespace WireDesk.Web.Tests;

public class SiteOptionsTests
{
    private const string SiteJson = """
        {
          "Site": {
            "Name": "The Coastal Courier",
            "AccentColor": "#0a5c8a",
            "LogoUrl": "/logo.svg",
            "Sections": [ "Odisha", "Nation", "Sport" ],
            "Api": { "CorsOrigins": [ "https://app.example.org" ] },
            "App": { "AppleAppStoreId": "123456789", "AppleAppIds": [ "TEAM1.org.example.courier" ],
                     "AndroidPackage": "org.example.courier", "AndroidCertFingerprints": [ "AB:CD:EF" ] },
            "Feeds": { "FullText": false }
          }
        }
        """;

    [Fact]
    public void A_configured_list_replaces_the_default_sections_instead_of_being_appended_to_them()
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SiteJson))).Build();
        var site = SiteOptionsBinder.Bind(configuration.GetSection("Site"));

        Assert.Equal(["Odisha", "Nation", "Sport"], site.Sections);
        Assert.Equal(["https://app.example.org"], site.Api.CorsOrigins);
        Assert.Equal(["TEAM1.org.example.courier"], site.App.AppleAppIds);
        Assert.Equal(["AB:CD:EF"], site.App.AndroidCertFingerprints);
        Assert.False(site.Feeds.FullText);
        Assert.Equal("The Coastal Courier", site.Name);
        Assert.Equal(50, site.Api.PageSize);
    }

    [Fact]
    public void Without_configuration_the_defaults_hold()
    {
        var site = SiteOptionsBinder.Bind(new ConfigurationBuilder().Build().GetSection("Site"));
        Assert.Equal(new SiteOptions().Sections, site.Sections);
        Assert.Empty(site.Api.CorsOrigins);
    }

    [Fact]
    public async Task The_site_takes_its_name_colours_logo_and_sections_from_site_json()
    {
        await using var site = await TestSite.StartAsync(siteJson: SiteJson);
        var page = PageText.Parse(await site.Http.GetStringAsync("/"));

        Assert.Equal(["Home", "Odisha", "Nation", "Sport"], page.QuerySelectorAll("nav.sections a").Select(a => a.TextContent));
        Assert.Equal("The Coastal Courier", page.QuerySelector(".brand img")!.GetAttribute("alt"));
        Assert.Contains("--accent:#0a5c8a", page.QuerySelector("head style")!.TextContent);
        Assert.StartsWith("The Coastal Courier", page.Title);
    }
}
