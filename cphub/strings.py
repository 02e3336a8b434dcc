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
    "resource_types": {
        "guide": "Guide", "toolkit": "Boîte à outils", "training": "Formation", "report": "Rapport",
        "research": "Recherche", "policy": "Politique", "video": "Vidéo", "course": "Cours",
        "checklist": "Liste de contrôle", "website": "Site web",
    },
}

_TABLES = {"en": _EN, "fr": _FR}


def strings(language: str) -> dict[str, Any]:
    return _TABLES.get(language.split("-")[0].split("_")[0], _EN)
