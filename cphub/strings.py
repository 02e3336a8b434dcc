"""The hub's own interface strings, in every language it ships.

The interface language is Material's `theme.language` in mkdocs.yml; a
language without a table here falls back to English.
"""

from __future__ import annotations

from typing import Any

_EN: dict[str, Any] = {
    "home": "Home", "brief": "Brief", "webinar": "Webinar", "newsletter": "Newsletter", "resource": "Resource", "page": "Page",
    "briefs": "Briefs", "webinars": "Webinars", "newsletters": "Newsletters", "resources": "Resources",
    "topics": "Topics", "countries": "Countries", "organisations": "Organisations",
    "topic": "Topic", "country": "Country", "organisation": "Organisation",
    "library": "Library", "subscribe": "Subscribe", "offline": "Offline reading",
    "upcoming": "Upcoming", "past": "Past", "upcoming_webinars": "Upcoming webinars",
    "latest_briefs": "Latest briefs", "recent_webinars": "Recent webinars",
    "latest_newsletters": "Latest newsletters", "latest_resources": "Latest resources",
    "see_all": "See all", "page": "page", "previous": "Previous", "next": "Next",
    "pagination": "Pages", "entries": "entries", "entry_count": "{count} entries", "one_entry": "1 entry",
    "type": "Type", "date": "Date", "updated": "Updated", "languages": "Languages", "authors": "Authors",
    "details": "Details", "related": "Related", "speakers": "Speakers",
    "starts": "Starts", "in_utc": "in UTC", "duration": "Duration", "minutes": "{n} minutes",
    "recording": "Watch the recording", "slides": "Slides", "register": "Register",
    "add_to_calendar": "Add to calendar (.ics)", "status": "Status",
    "attachments": "Downloads", "publisher": "Publisher", "resource_type": "Kind of resource",
    "year": "Year", "get_resource": "Get the resource from its publisher", "issue": "Issue",
    "in_this_issue": "In this issue", "website": "Website",
    "search": "Search", "search_label": "Search the library", "search_placeholder": "Search",
    "skip": "Skip to content", "about_pages": "About this hub", "in_language": "Written in",
    "library_intro": "Every brief, webinar, newsletter and resource in the hub.",
    "subscribe_intro": "Follow the hub in a feed reader or add its webinars to your calendar.",
    "offline_intro": "Download the whole hub to read it without a connection.",
    "facet_type": "Type", "facet_topic": "Topic", "facet_country": "Country", "facet_language": "Language",
    "facet_organisation": "Organisation", "facet_year": "Year", "filters": "Filters",
    "sort_by": "Sort by", "sort_relevance": "Relevance", "sort_date": "Newest first",
    "results_none": "No entries match.", "results_one": "1 entry found.", "results_many": "{n} entries found.",
    "show_more": "Show more", "clear_filters": "Clear filters",
    "library_needs_js": "Searching needs JavaScript, which is switched off or not supported here. You can still browse every entry:",
    "what_is_a_feed": "What is a feed?",
    "feed_explained": "A feed is a list of a site's newest entries that a feed reader checks for you. When something new is published, it appears in your reader (or in your e-mail, with a feed-to-e-mail service) without you visiting the site.",
    "feed_how": "To subscribe, copy one of the addresses below and paste it into your feed reader where it asks for a feed or a URL.",
    "rss_explained": "The most widely supported kind of feed. Choose this one if you are not sure.",
    "atom_explained": "A newer standard that carries the same entries; some readers prefer it.",
    "json_explained": "The same entries for programs and websites that read JSON, such as a partner network's site.",
    "feeds_everything": "Everything the hub publishes",
    "calendar": "Webinar calendar",
    "calendar_explained": "A calendar subscription puts the hub's webinars in your own calendar, at the right time in your time zone, and keeps them up to date.",
    "calendar_how": "In your calendar app, choose to add a calendar from a URL (sometimes called subscribe) and paste the address below. Each upcoming webinar's page also offers a file to add that one session.",
    "calendar_file": "Webinars (iCalendar)",
    "feeds_by_type": "Feeds by type",
    "feeds_by_topic": "Feeds by topic",
    "feeds_terms_note": "Every topic, country and organisation page names its own feeds too: open it and use the feed links, or add the page's address followed by rss.xml.",
    "resource_types": {
        "guide": "Guide", "toolkit": "Toolkit", "training": "Training", "report": "Report",
        "research": "Research", "policy": "Policy", "video": "Video", "course": "Course",
        "checklist": "Checklist", "website": "Website",
    },
}

_FR: dict[str, Any] = {
    "home": "Accueil", "brief": "Note", "webinar": "Webinaire", "newsletter": "Lettre d’information", "resource": "Ressource",
    "page": "Page", "briefs": "Notes", "webinars": "Webinaires", "newsletters": "Lettres d’information",
    "resources": "Ressources", "topics": "Thèmes", "countries": "Pays", "organisations": "Organisations",
    "topic": "Thème", "country": "Pays", "organisation": "Organisation",
    "library": "Bibliothèque", "subscribe": "S’abonner", "offline": "Lecture hors ligne",
    "upcoming": "À venir", "past": "Passé", "upcoming_webinars": "Webinaires à venir",
    "latest_briefs": "Dernières notes", "recent_webinars": "Webinaires récents",
    "latest_newsletters": "Dernières lettres", "latest_resources": "Dernières ressources",
    "see_all": "Tout voir", "page": "page", "previous": "Précédente", "next": "Suivante",
    "pagination": "Pages", "entries": "entrées", "entry_count": "{count} entrées", "one_entry": "1 entrée",
    "type": "Type", "date": "Date", "updated": "Mis à jour", "languages": "Langues", "authors": "Auteurs",
    "details": "Détails", "related": "Voir aussi", "speakers": "Intervenants",
    "starts": "Début", "in_utc": "en UTC", "duration": "Durée", "minutes": "{n} minutes",
    "recording": "Voir l’enregistrement", "slides": "Présentation", "register": "S’inscrire",
    "add_to_calendar": "Ajouter au calendrier (.ics)", "status": "Statut",
    "attachments": "Téléchargements", "publisher": "Éditeur", "resource_type": "Type de ressource",
    "year": "Année", "get_resource": "Obtenir la ressource auprès de son éditeur", "issue": "Numéro",
    "in_this_issue": "Dans ce numéro", "website": "Site web",
    "search": "Rechercher", "search_label": "Rechercher dans la bibliothèque", "search_placeholder": "Rechercher",
    "skip": "Aller au contenu", "about_pages": "À propos", "in_language": "Écrit en",
    "library_intro": "Toutes les notes, webinaires, lettres et ressources du hub.",
    "subscribe_intro": "Suivez le hub dans un lecteur de flux ou ajoutez ses webinaires à votre agenda.",
    "offline_intro": "Téléchargez tout le hub pour le lire sans connexion.",
    "facet_type": "Type", "facet_topic": "Thème", "facet_country": "Pays", "facet_language": "Langue",
    "facet_organisation": "Organisation", "facet_year": "Année", "filters": "Filtres",
    "sort_by": "Trier par", "sort_relevance": "Pertinence", "sort_date": "Plus récentes d’abord",
    "results_none": "Aucune entrée ne correspond.", "results_one": "1 entrée trouvée.",
    "results_many": "{n} entrées trouvées.", "show_more": "Afficher plus", "clear_filters": "Effacer les filtres",
    "library_needs_js": "La recherche nécessite JavaScript, désactivé ou non pris en charge ici. Vous pouvez parcourir toutes les entrées :",
    "what_is_a_feed": "Qu’est-ce qu’un flux ?",
    "feed_explained": "Un flux est la liste des dernières publications d’un site, qu’un lecteur de flux consulte pour vous. Quand quelque chose de nouveau paraît, cela apparaît dans votre lecteur (ou dans votre messagerie, avec un service qui envoie les flux par e-mail) sans que vous ayez à visiter le site.",
    "feed_how": "Pour vous abonner, copiez l’une des adresses ci-dessous et collez-la dans votre lecteur de flux, là où il demande un flux ou une URL.",
    "rss_explained": "Le type de flux le plus répandu. Choisissez celui-ci en cas de doute.",
    "atom_explained": "Une norme plus récente qui contient les mêmes publications ; certains lecteurs la préfèrent.",
    "json_explained": "Les mêmes publications pour les programmes et sites qui lisent le JSON, comme le site d’un réseau partenaire.",
    "feeds_everything": "Tout ce que publie le hub",
    "calendar": "Calendrier des webinaires",
    "calendar_explained": "Un abonnement de calendrier ajoute les webinaires du hub à votre propre agenda, à la bonne heure dans votre fuseau horaire, et les tient à jour.",
    "calendar_how": "Dans votre application d’agenda, choisissez d’ajouter un calendrier à partir d’une URL (parfois « s’abonner ») et collez l’adresse ci-dessous. La page de chaque webinaire à venir propose aussi un fichier pour ajouter cette seule séance.",
    "calendar_file": "Webinaires (iCalendar)",
    "feeds_by_type": "Flux par type",
    "feeds_by_topic": "Flux par thème",
    "feeds_terms_note": "Chaque page de thème, de pays et d’organisation indique aussi ses propres flux : ouvrez-la et utilisez ses liens de flux, ou ajoutez rss.xml à l’adresse de la page.",
    "resource_types": {
        "guide": "Guide", "toolkit": "Boîte à outils", "training": "Formation", "report": "Rapport",
        "research": "Recherche", "policy": "Politique", "video": "Vidéo", "course": "Cours",
        "checklist": "Liste de contrôle", "website": "Site web",
    },
}

_TABLES = {"en": _EN, "fr": _FR}


def strings(language: str) -> dict[str, Any]:
    return _TABLES.get(language.split("-")[0].split("_")[0], _EN)
